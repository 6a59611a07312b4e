package dev.octavo.check;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The one class that calls EPUBCheck; {@link EpubValidator} loads it by name. */
final class EpubCheckRun implements Function<Path, List<EpubValidator.Problem>> {
    @Override
    public List<EpubValidator.Problem> apply(Path epub) {
        List<EpubValidator.Problem> problems = new ArrayList<>();
        DefaultReportImpl report = new DefaultReportImpl(epub.toString()) {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
                Severity severity = message.getSeverity();
                boolean error = severity == Severity.FATAL || severity == Severity.ERROR;
                if (error || severity == Severity.WARNING) {
                    String where = epub.getFileName() + (location.path == null || location.path.isEmpty() ? ""
                            : "/" + location.path + (location.line > 0 ? ":" + location.line : ""));
                    problems.add(new EpubValidator.Problem(error, message.getID().name(), where,
                            message.getMessage(args)));
                }
            }
        };
        new EpubCheck(epub.toFile(), report).doValidate();
        return problems;
    }
}
