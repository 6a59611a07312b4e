package dev.octavo.model;

/**
 * The words Octavo itself adds to a book, in the book's language.
 *
 * @param contents              the title of the table of contents, in the EPUB's nav and the printed book
 * @param notes                 the name of the footnotes' section at the end of an EPUB chapter
 * @param glossary              the glossary's title when glossary.md gives none
 * @param backToText            the tooltip of a note's link back to its call
 * @param footnote              the word for one note; the house templates do not print it, a theme's may
 * @param titlePage             the title page's name, for its landmark and its accessible name
 * @param bodyStart             the name of the landmark where the body of the book begins
 * @param publisher             the colophon's word before the publisher's name
 * @param published             the colophon's word before the date of publication
 * @param identifier            the colophon's word before the book's identifier
 * @param typesetIn             the colophon's words before the names of the fonts the book is set in
 * @param madeWith              the colophon's sentence that names Octavo
 * @param pagesAbbreviation     the word before the page numbers a glossary entry lists ("tr. 3, 7", "pp. 3, 7")
 * @param pageAbbreviation      the word before one page's number ("tr. 12", "p. 12")
 * @param cover                 the cover's name: the cover document's title, its landmark, and the start of the
 *                              cover image's text alternative
 * @param pageList              the accessible name of the EPUB's list of the printed edition's pages
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
