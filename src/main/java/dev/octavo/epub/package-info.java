/**
 * The EPUB 3 container: package document, navigation, NCX, fonts, images and the typographic cover.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.epub;
