package dev.octavo.epub;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/** A {@link TextPlaces.Place} made a DOM element again, for the selector matcher, which matches DOM nodes. */
final class PlaceElement {
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String OPS = "http://www.idpf.org/2007/ops";

    private PlaceElement() {
    }

    /**
     * The place's element in a document of its own, under its ancestors, each after its previous sibling: all the
     * selectors can look at.
     */
    static Element of(Document document, TextPlaces.Place place) {
        List<TextPlaces.Place> path = new ArrayList<>();
        for (TextPlaces.Place p = place; p != null; p = p.parent) {
            path.add(0, p);
        }
        Node parent = document;
        for (TextPlaces.Place p : path) {
            if (p.previous != null) {
                parent.appendChild(element(document, p.previous));
            }
            Element element = element(document, p.element);
            parent.appendChild(element);
            parent = element;
        }
        return (Element) parent;
    }

    private static Element element(Document document, TextPlaces.Element described) {
        Element element = document.createElementNS(described.namespace(), described.name());
        described.attributes().forEach((name, value) -> {
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                return;
            }
            if (name.equals("xml:lang")) {
                element.setAttributeNS(XML, name, value);
            } else if (name.startsWith("epub:")) {
                element.setAttributeNS(OPS, name, value);
            } else {
                element.setAttribute(name, value);
            }
        });
        return element;
    }
}
