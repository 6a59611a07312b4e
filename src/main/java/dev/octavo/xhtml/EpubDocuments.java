package dev.octavo.xhtml;

import dev.octavo.model.PageTarget;

import java.util.List;

/**
 * The XHTML of an EPUB: the spine documents in reading order (the cover first), the navigation document, and
 * the page list the nav document carries (empty until the print edition's pages are known).
 */
public record EpubDocuments(XhtmlDocument cover, XhtmlDocument titlePage, List<XhtmlDocument> spine, XhtmlDocument nav,
                            List<PageTarget> pageList) {
    public EpubDocuments {
        spine = List.copyOf(spine);
        pageList = List.copyOf(pageList);
    }
}
