package dev.octavo.internal;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.StringReader;

import org.xml.sax.InputSource;

/**
 * XML parsers that fetch nothing and expand no entity from outside: every XML Octavo reads (its own print
 * documents, a manuscript's SVG drawings) goes through one of these.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /**
     * The JDK's own namespace-aware parser, whatever else is on the class path (the command-line jar carries Xerces
     * for EPUBCheck): the same parser under Maven, on the command line and in a library user's program.
     *
     * @param doctype whether a DOCTYPE is read past (drawing programs write SVG 1.1's) rather than refused; its DTD
     *                is never loaded either way
     */
    public static DocumentBuilder builder(boolean doctype) throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !doctype);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }
}
