package dev.octavo.backlist;

import dev.octavo.internal.SafeXml;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;

/**
 * Whether bytes are well-formed XML, checked with the JDK's parser as {@link SafeXml} sets it up (no DTD, no
 * outside entity), but silent: its default error handler prints "[Fatal Error]" lines on the console.
 */
final class WellFormed {
    private static final ErrorHandler THROW_ONLY = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private WellFormed() {
    }

    /** The first fatal error, or empty when the bytes are well-formed XML. */
    static Optional<SAXParseException> check(byte[] bytes) {
        try {
            DocumentBuilder builder = SafeXml.builder(true);
            builder.setErrorHandler(THROW_ONLY);
            builder.parse(new ByteArrayInputStream(bytes));
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of(e);
        } catch (Exception e) {
            return Optional.of(new SAXParseException(e.getMessage(), null, null, 0, 0));
        }
    }
}
