package dev.octavo.model;

/**
 * A person or body responsible for the book.
 *
 * @param role a MARC relator code: {@code aut} author, {@code trl} translator, {@code edt} editor, …
 */
public record Contributor(String name, String role) {
}
