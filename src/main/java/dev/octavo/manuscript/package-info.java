/**
 * Reading a manuscript folder into the model: book.yaml, the Markdown of every chapter and the glossary, their
 * checks and diagnostics.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.manuscript;
