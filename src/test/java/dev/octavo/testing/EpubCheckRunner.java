package dev.octavo.testing;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs EPUBCheck through its Java API and keeps every fatal error, error and warning as a readable line. */
public final class EpubCheckRunner {
    private EpubCheckRunner() {
    }

    public static List<String> problems(Path epub) {
        List<String> problems = new ArrayList<>();
        DefaultReportImpl report = new DefaultReportImpl(epub.toString()) {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                Severity severity = message.getSeverity();
                if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
                    problems.add(severity + " " + message.getID() + " " + location.path + ":" + location.line
                            + ": " + message.getMessage(args));
                }
            }
        };
        new EpubCheck(epub.toFile(), report).doValidate();
        return problems;
    }
}
