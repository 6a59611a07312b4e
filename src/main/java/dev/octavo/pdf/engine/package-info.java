/**
 * Everything that reaches into openhtmltopdf's internals or extends it, in one place.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.pdf.engine;
