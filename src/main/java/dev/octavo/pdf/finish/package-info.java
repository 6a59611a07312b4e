/**
 * The PDFBox passes over the drawn document, and its saving.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.pdf.finish;
