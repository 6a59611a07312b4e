/**
 * The backlist: an EPUB made elsewhere (EPUB 2 or 3) read back into a manuscript of Octavo's format, behind
 * {@link dev.octavo.EpubImport}. epublib reads the package; jsoup reads the documents as a browser would and what
 * epublib does not know (EPUB 3's nav, refinements and {@code epub:type}); flexmark's html2md converter writes the
 * Markdown.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.backlist;
