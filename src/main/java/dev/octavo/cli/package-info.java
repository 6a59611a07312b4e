/**
 * The command line, a thin adapter over the API.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.cli;
