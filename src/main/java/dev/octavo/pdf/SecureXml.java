package dev.octavo.pdf;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/** Parses our own XHTML with DTDs and external entities off: nothing is ever fetched while parsing. */
final class SecureXml {
    private SecureXml() {
    }

    static Document parse(String xml) {
        try {
            // The JDK's own parser, whatever else is on the class path (the command-line jar carries Xerces for
            // EPUBCheck): the same parser under Maven, on the command line and in a library user's program.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // Our templates produced something that is not XML: a bug in a template, not in the manuscript.
            throw new IllegalStateException("the print document is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
