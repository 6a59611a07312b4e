package dev.octavo;

import dev.octavo.model.Book;
import dev.octavo.model.PageMap;
import dev.octavo.model.PageNumbering;

/**
 * Told where a book's printed pages fell, once its PDF is laid out and before it is drawn: the live preview marks
 * the EPUB documents' page breaks from it. Called on one of the build's threads.
 */
@FunctionalInterface
public interface PrintLayoutListener {
    /**
     * Called once per build, when the print edition is laid out: also when only the EPUB is made, since its page
     * list comes from that layout. Not called when the outputs are up to date, nor when the layout fails.
     *
     * @param book      the book as this build read it
     * @param pages     where every element with an id was printed, and where each page's text begins
     * @param numbering how the pages are labelled (roman before the body, arabic from it)
     */
    void laidOut(Book book, PageMap pages, PageNumbering numbering);
}
