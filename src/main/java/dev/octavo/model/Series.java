package dev.octavo.model;

/**
 * The series a book belongs to ({@code series: {name, position}} in book.yaml).
 *
 * @param position the book's number in the series as written ("2", "2.5"), or empty
 */
public record Series(String name, String position) {
}
