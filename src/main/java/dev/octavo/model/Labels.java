package dev.octavo.model;

/** The words Octavo itself adds to a book, in the book's language. */
public record Labels(String contents, String notes, String glossary, String backToText, String footnote,
                     String titlePage, String bodyStart, String publisher, String published, String identifier,
                     String typesetIn, String madeWith, String pagesAbbreviation) {
}
