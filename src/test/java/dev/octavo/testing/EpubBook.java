package dev.octavo.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An EPUB opened as a reading system would: its zip entries, parsed with a plain namespace-aware XML parser. */
public final class EpubBook {
    public static final String XHTML = "http://www.w3.org/1999/xhtml";
    public static final String OPS = "http://www.idpf.org/2007/ops";
    public static final String OPF = "http://www.idpf.org/2007/opf";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final Map<String, byte[]> entries;

    private EpubBook(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    public static EpubBook open(Path epub) {
        try {
            return new EpubBook(EpubText.entries(epub));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, byte[]> entries() {
        return entries;
    }

    /** A file below EPUB/ (the package's folder), e.g. "nav.xhtml". */
    public byte[] bytes(String href) {
        byte[] bytes = entries.get("EPUB/" + href);
        if (bytes == null) {
            throw new AssertionError("no EPUB/" + href + " in the book; entries: " + entries.keySet());
        }
        return bytes;
    }

    /** A file below EPUB/ as UTF-8 text. */
    public String text(String href) {
        return new String(bytes(href), java.nio.charset.StandardCharsets.UTF_8);
    }

    public Document document(String href) {
        try {
            return EpubText.parse(bytes(href));
        } catch (Exception e) {
            throw new AssertionError(href + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    public Document packageDocument() {
        return document("package.opf");
    }

    /** The content documents in spine order, as their hrefs. */
    public List<String> spine() {
        Document opf = packageDocument();
        List<String> hrefs = new ArrayList<>();
        for (Element ref : elements(opf, OPF, "itemref")) {
            hrefs.add(manifestItem(opf, ref.getAttribute("idref")).getAttribute("href"));
        }
        return hrefs;
    }

    public Element manifestItem(Document opf, String id) {
        return elements(opf, OPF, "item").stream().filter(i -> i.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no manifest item " + id));
    }

    /** Values of the package's {@code <meta property="...">} elements with that property, in order. */
    public List<String> meta(String property) {
        return elements(packageDocument(), OPF, "meta").stream()
                .filter(m -> m.getAttribute("property").equals(property))
                .map(Element::getTextContent).toList();
    }

    public static List<Element> elements(Node root, String namespace, String localName) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(namespace, localName)
                : ((Element) root).getElementsByTagNameNS(namespace, localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    /** XHTML elements with that local name. */
    public static List<Element> html(Node root, String localName) {
        return elements(root, XHTML, localName);
    }

    public static String epubType(Element element) {
        return element.getAttributeNS(OPS, "type");
    }

    /** The element with that id in a document, or null. */
    public static Element byId(Document document, String id) {
        return byId(document.getDocumentElement(), id);
    }

    private static Element byId(Element element, String id) {
        if (id.equals(element.getAttribute("id"))) {
            return element;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                Element found = byId(e, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
