/**
 * The print process: the book's documents laid out, drawn, joined and saved as one PDF.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.pdf;
