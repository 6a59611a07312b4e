package dev.octavo.model;

/**
 * The series a book belongs to ({@code series: {name, position}} in book.yaml).
 *
 * @param name     the series' name, for the EPUB's {@code belongs-to-collection}; never empty
 * @param position the book's number in the series as written ("2", "2.5"), or empty
 */
public record Series(String name, String position) {
}
