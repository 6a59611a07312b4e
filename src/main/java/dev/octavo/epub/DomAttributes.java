package dev.octavo.epub;

import com.openhtmltopdf.css.extend.AttributeResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A DOM element's attributes as openhtmltopdf's selector matcher sees them; {@code lang} from the element or its
 * nearest ancestor that has one. No element is ever hovered, visited, active or focused: the book is read, not used.
 */
final class DomAttributes implements AttributeResolver {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Override
    public String getAttributeValue(Object element, String name) {
        Element e = (Element) element;
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    @Override
    public String getAttributeValue(Object element, String namespace, String name) {
        Element e = (Element) element;
        if (namespace == null || namespace.isEmpty()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
                if (local.equals(name)) {
                    return attribute.getNodeValue();
                }
            }
            return null;
        }
        return e.hasAttributeNS(namespace, name) ? e.getAttributeNS(namespace, name) : null;
    }

    @Override
    public String getClass(Object element) {
        return getAttributeValue(element, "class");
    }

    @Override
    public String getID(Object element) {
        return getAttributeValue(element, "id");
    }

    @Override
    public String getNonCssStyling(Object element) {
        return null;
    }

    /** Octavo's documents carry no style attribute that touches fonts (images' sizes only). */
    @Override
    public String getElementStyling(Object element) {
        return null;
    }

    @Override
    public String getLang(Object element) {
        for (Node n = (Node) element; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttributeNS(XML, "lang")) {
                return e.getAttributeNS(XML, "lang");
            }
            if (e.hasAttribute("lang")) {
                return e.getAttribute("lang");
            }
        }
        return null;
    }

    @Override
    public boolean isLink(Object element) {
        Element e = (Element) element;
        return "a".equals(e.getLocalName()) && XHTML.equals(e.getNamespaceURI()) && e.hasAttribute("href");
    }

    @Override
    public boolean isVisited(Object element) {
        return false;
    }

    @Override
    public boolean isHover(Object element) {
        return false;
    }

    @Override
    public boolean isActive(Object element) {
        return false;
    }

    @Override
    public boolean isFocus(Object element) {
        return false;
    }

    @Override
    public boolean isMarker(Object element) {
        return false;
    }
}
