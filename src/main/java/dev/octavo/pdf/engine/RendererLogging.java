package dev.octavo.pdf.engine;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * openhtmltopdf logs through one JVM-wide logger (java.util.logging by default), which would print its
 * INFO chatter in every build. Octavo replaces it, once, with a logger that prints nothing: every message
 * still reaches the diagnostic consumer of the thread that renders, which passes it to the build's progress
 * listener at detail (Maven: debug) level. The replacement holds no state, so concurrent builds share it safely.
 */
final class RendererLogging {
    private static final XRLogger SILENT = new XRLogger() {
        @Override
        public void log(String where, Level level, String msg) {
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.INFO.intValue();
        }
    };

    /**
     * openhtmltopdf registers PDFBox's standard 14 fonts as last-resort fallbacks; PDFBox then warns, once per
     * font and JVM, that they are not installed. Octavo never draws with them (every glyph comes from the book's
     * own fonts, which pdffonts confirms), so those warnings are noise. Held here so the level is not lost to GC.
     */
    private static final Logger STANDARD_FONT_WARNINGS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    private RendererLogging() {
    }

    static void install() {
        if (XRLog.getLoggerImpl() != SILENT) {
            XRLog.setLoggerImpl(SILENT);
        }
        STANDARD_FONT_WARNINGS.setLevel(Level.SEVERE);
    }
}
