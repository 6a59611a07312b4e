package dev.octavo.xhtml;

/**
 * The two documents a printed book is typeset from. The glossary lists the pages where its terms are used, which
 * only the body's layout tells; so the body is laid out first, with the glossary's opening as a placeholder page
 * (that the contents page and the bookmarks point at), and the glossary is typeset on its own once those pages are
 * known, to take the placeholder's place (PDF side: {@code dev.octavo.pdf.finish.AppendixJoin}).
 */
public enum PrintPart {
    /** The front matter and the chapters, and an empty page with the glossary's id where the glossary opens. */
    BODY,
    /** The glossary alone, with the page numbers of its terms' uses; its first page follows the body's last. */
    GLOSSARY;

    /** Templates ask {@code part.isBody()} rather than compare names. */
    public boolean isBody() {
        return this == BODY;
    }

    public boolean isGlossary() {
        return this == GLOSSARY;
    }
}
