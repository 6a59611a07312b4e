package dev.octavo.manuscript;

import dev.octavo.model.NaturalSize;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an SVG figure and reads its size. The EPUB ships the file as it is and the PDF draws it with Batik, so
 * the drawing must stand on its own: no scripts or event handlers (a book runs no program), no reference to
 * another file or the network (nothing else is shipped or fetched), no {@code foreignObject} (HTML inside a
 * drawing, which the PDF cannot draw). The file is parsed with DTDs and external entities off.
 */
final class SvgCheck {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z%]*)\\s*");
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);
    /** The XML declaration, comments and a DOCTYPE may stand before the root element. */
    private static final Pattern PROLOGUE = Pattern.compile(
            "\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>)\\s*)*<svg[\\s>/]",
            Pattern.DOTALL);

    private SvgCheck() {
    }

    static boolean looksLikeSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        return PROLOGUE.matcher(start).find();
    }

    static NaturalSize check(byte[] bytes) throws ImageInspector.BadImage {
        Element root = parse(bytes).getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw new ImageInspector.BadImage("is not an SVG drawing: its root element must be <svg xmlns=\""
                    + SVG_NS + "\">");
        }
        Deque<Element> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Element element = todo.pop();
            checkElement(element);
            for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                if (child instanceof Element e) {
                    todo.push(e);
                }
            }
        }
        return size(root);
    }

    private static Document parse(byte[] bytes) throws ImageInspector.BadImage {
        try {
            // Drawing programs write the SVG 1.1 DOCTYPE; it is read past, never fetched.
            DocumentBuilder builder = dev.octavo.internal.SafeXml.builder(true);
            return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXException e) {
            throw new ImageInspector.BadImage("is not well-formed XML (" + e.getMessage() + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw new ImageInspector.BadImage("cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void checkElement(Element element) throws ImageInspector.BadImage {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        switch (name) {
            case "script" -> throw new ImageInspector.BadImage("has a <script>: a book's drawings run no programs");
            case "foreignObject" -> throw new ImageInspector.BadImage(
                    "has a <foreignObject>, HTML inside the drawing, which the PDF cannot draw");
            case "style" -> checkCss(element.getTextContent());
            default -> {
                // checked by its attributes below
            }
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (local.toLowerCase(Locale.ROOT).startsWith("on")) {
                throw new ImageInspector.BadImage("has an event handler (" + attribute.getName() + " on <" + name
                        + ">): a book's drawings run no programs");
            }
            if (local.equals("href")) {
                checkReference(attribute.getValue(), name);
            } else if (local.equals("style")) {
                checkCss(attribute.getValue());
            } else {
                Matcher url = URL.matcher(attribute.getValue());
                while (url.find()) {
                    checkReference(url.group(1), name);
                }
            }
        }
    }

    private static void checkCss(String css) throws ImageInspector.BadImage {
        if (IMPORT.matcher(css).find()) {
            throw new ImageInspector.BadImage("imports a stylesheet: a drawing must not need other files");
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            checkReference(url.group(1), "style");
        }
    }

    /** Only references inside the drawing itself ({@code #id}) and embedded images ({@code data:image/…}). */
    private static void checkReference(String reference, String element) throws ImageInspector.BadImage {
        String value = reference.strip();
        if (value.isEmpty() || value.startsWith("#") || value.regionMatches(true, 0, "data:image/", 0, 11)) {
            return;
        }
        throw new ImageInspector.BadImage("refers to '" + value + "' (in <" + element + ">): an SVG figure must be"
                + " self-contained, with no other file or address");
    }

    /** The drawing's own size: width and height, completed or replaced by the viewBox; CSS units, px by default. */
    private static NaturalSize size(Element svg) throws ImageInspector.BadImage {
        double width = points(svg.getAttribute("width"));
        double height = points(svg.getAttribute("height"));
        double[] box = viewBox(svg.getAttribute("viewBox"));
        if (box != null) {
            double pxToPt = 0.75;
            if (width <= 0 && height <= 0) {
                width = box[2] * pxToPt;
                height = box[3] * pxToPt;
            } else if (width <= 0) {
                width = height * box[2] / box[3];
            } else if (height <= 0) {
                height = width * box[3] / box[2];
            }
        }
        if (!(width > 0) || !(height > 0)) {
            throw new ImageInspector.BadImage("has no size: give its <svg> element a width and a height, or a viewBox");
        }
        return new NaturalSize(width, height, 0, 0);
    }

    /** A length in points; 0 when absent or relative (a percentage of nothing known). */
    static double points(String length) {
        if (length == null || length.isBlank()) {
            return 0;
        }
        Matcher m = LENGTH.matcher(length);
        if (!m.matches()) {
            return 0;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "", "px" -> value * 0.75;
            case "pt" -> value;
            case "pc" -> value * 12;
            case "in" -> value * 72;
            case "cm" -> value * 72 / 2.54;
            case "mm" -> value * 72 / 25.4;
            case "em" -> value * 12;
            case "ex" -> value * 6;
            default -> 0;
        };
    }

    private static double[] viewBox(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return null;
        }
        try {
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = Double.parseDouble(parts[i]);
            }
            return box[2] > 0 && box[3] > 0 ? box : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
