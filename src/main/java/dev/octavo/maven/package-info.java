/**
 * The Maven goals, thin adapters over the API.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.maven;
