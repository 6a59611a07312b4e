package dev.octavo.model;

/**
 * The words Octavo itself adds to a book, in the book's language.
 *
 * @param pageAbbreviation      the word before one page's number ("tr. 12", "p. 12")
 * @param figure                the word before a figure's number ("Hình 1.2")
 * @param accessibilitySummary  the package document's accessibility statement, true of every Octavo book
 * @param accessibilityNotes    the sentence added to it when the book has footnotes
 * @param accessibilityGlossary the sentence added to it when glossary terms link to their entries
 */
public record Labels(String contents, String notes, String glossary, String backToText, String footnote,
                     String titlePage, String bodyStart, String publisher, String published, String identifier,
                     String typesetIn, String madeWith, String pagesAbbreviation, String pageAbbreviation, String cover, String pageList, String figure,
                     String accessibilitySummary, String accessibilityNotes, String accessibilityGlossary) {
}
