/**
 * The book's fonts: loaded, checked and rewritten once per JVM.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.fonts;
