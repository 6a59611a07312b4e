/**
 * A new book project: {@link dev.octavo.init.NewBookProject} writes one, ready for {@code mvn package}. Part of the
 * API.
 */
package dev.octavo.init;
