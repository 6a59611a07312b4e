package dev.octavo.pdf.engine;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/** Parses our own XHTML with DTDs and external entities off: nothing is ever fetched while parsing. */
final class SecureXml {
    private SecureXml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilder builder = dev.octavo.internal.SafeXml.builder(false);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // Our templates produced something that is not XML: a bug in a template, not in the manuscript.
            throw new IllegalStateException("the print document is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
