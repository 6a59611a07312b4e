/**
 * The book as Octavo reads it: immutable records with no I/O, from the {@link dev.octavo.model.Book} down to its
 * blocks and inlines, and where its printed pages fell ({@link dev.octavo.model.PageMap}). Part of the API: the
 * templates of a theme see these types, and a {@link dev.octavo.PrintLayoutListener} is given them.
 */
package dev.octavo.model;
