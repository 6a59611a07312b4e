/**
 * Print production: the print cover (back, spine and front on one sheet with bleed, its spine as thick as the
 * pages) and the print-on-demand distributors' published rules the book is checked against. Not API: may change
 * in any release.
 */
package dev.octavo.production;
