/**
 * Helpers the stages share: staged outputs, the build record and its digest, parallel jobs, the tuned JVM.
 *
 * <p>Not API: Octavo's own, and may change in any release.
 */
package dev.octavo.internal;
