/**
 * Octavo's API: publish a Markdown manuscript as EPUB 3 and as a typeset PDF.
 *
 * <p>{@link dev.octavo.Publisher} is the one entry point; {@link dev.octavo.Publication} is what it made,
 * {@link dev.octavo.ManuscriptException} carries the {@link dev.octavo.Diagnostic}s of a manuscript that cannot be
 * published, each at its {@link dev.octavo.SourcePosition}. {@link dev.octavo.EpubImport} goes the other way: an
 * EPUB made elsewhere back into a manuscript. The API is this package, {@code dev.octavo.model} (the
 * book as read, which listeners are given), {@code dev.octavo.preview} (the live preview),
 * {@code dev.octavo.init} (a new book project) and {@code dev.octavo.check} (the validators). Every other package is Octavo's own and may change in any release;
 * see the README's versioning policy.
 */
package dev.octavo;
