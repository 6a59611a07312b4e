package dev.octavo.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates an EPUB with EPUBCheck (an optional dependency of Octavo: the Maven plugin always has it,
 * a library user adds {@code org.w3c:epubcheck} to use this class).
 */
public final class EpubValidator {

    /** One EPUBCheck message at the level of a warning or worse. */
    public record Problem(boolean error, String id, String location, String message) {
        @Override
        public String toString() {
            return location + ": " + (error ? "error" : "warning") + ": " + message + " (" + id + ")";
        }
    }

    public List<Problem> validate(Path epub) {
        List<Problem> problems = new ArrayList<>();
        DefaultReportImpl report = new DefaultReportImpl(epub.toString()) {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                Severity severity = message.getSeverity();
                boolean error = severity == Severity.FATAL || severity == Severity.ERROR;
                if (error || severity == Severity.WARNING) {
                    String where = epub.getFileName() + (location.path == null || location.path.isEmpty() ? ""
                            : "/" + location.path + (location.line > 0 ? ":" + location.line : ""));
                    problems.add(new Problem(error, message.getID().name(), where, message.getMessage(args)));
                }
            }
        };
        new EpubCheck(epub.toFile(), report).doValidate();
        return problems;
    }
}
