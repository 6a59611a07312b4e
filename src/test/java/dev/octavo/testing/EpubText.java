package dev.octavo.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads an EPUB's XHTML documents with a plain XML parser: what a reading system would get. */
public final class EpubText {
    private static final String OPS = "http://www.idpf.org/2007/ops";

    private EpubText() {
    }

    /** Every entry of the zip, in order, with its bytes. */
    public static Map<String, byte[]> entries(Path epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    public static Document parse(byte[] xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xhtml));
    }

    /** Text of the elements with the given local names, footnote calls left out, from every XHTML document. */
    public static List<String> texts(Path epub, String... elements) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries(epub).entrySet()) {
            if (!entry.getKey().endsWith(".xhtml")) {
                continue;
            }
            Document doc = parse(entry.getValue());
            for (String name : elements) {
                NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", name);
                for (int i = 0; i < list.getLength(); i++) {
                    StringBuilder text = new StringBuilder();
                    collect(list.item(i), text);
                    texts.add(text.toString());
                }
            }
        }
        return texts;
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof Element e && "noteref".equals(e.getAttributeNS(OPS, "type"))) {
            return;
        }
        if (node.getNodeType() == Node.TEXT_NODE) {
            out.append(node.getNodeValue());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, out);
        }
    }
}
