package dev.octavo.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;

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

    private RendererLogging() {
    }

    static void install() {
        if (XRLog.getLoggerImpl() != SILENT) {
            XRLog.setLoggerImpl(SILENT);
        }
    }
}
