package dev.octavo.xhtml;

import java.util.List;

/** The XHTML of an EPUB: the spine documents in reading order, and the navigation document. */
public record EpubDocuments(XhtmlDocument titlePage, List<XhtmlDocument> spine, XhtmlDocument nav) {
    public EpubDocuments {
        spine = List.copyOf(spine);
    }
}
