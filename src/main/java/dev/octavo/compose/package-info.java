/**
 * The paragraph composer: where justified lines break, and where words are divided.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.compose;
