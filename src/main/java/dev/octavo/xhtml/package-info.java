/**
 * The model rendered as XHTML with the theme's FreeMarker templates, in a sandbox: the EPUB's documents and the
 * print document.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.xhtml;
