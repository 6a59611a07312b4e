package dev.octavo.model;

/**
 * A person or body responsible for the book.
 *
 * @param name the person's or body's name as book.yaml writes it; the EPUB's package metadata lists every one,
 *             and the title page prints the creators' names
 * @param role a MARC relator code: {@code aut} author, {@code trl} translator, {@code edt} editor, …
 */
public record Contributor(String name, String role) {
}
