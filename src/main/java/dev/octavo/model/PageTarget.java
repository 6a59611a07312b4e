package dev.octavo.model;

/**
 * A page of the print edition for the EPUB's page list: its label ("12") and the anchor where it begins
 * ({@code document} is a chapter's name, {@code id} an element id in it). Each renderer makes its own hrefs.
 *
 * @param label    the printed page's label ("xii", "12"), as {@link PageNumbering#label(int)} gives it
 * @param document the name of the EPUB document the page begins in: a chapter's name, the glossary's id, or the
 *                 title page's for a page of front matter with no text of the book
 * @param id       the anchor of the page's {@link PageBreak} marker in that document
 */
public record PageTarget(String label, String document, String id) {
}
