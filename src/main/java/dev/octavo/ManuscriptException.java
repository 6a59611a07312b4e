package dev.octavo;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The manuscript (or the fonts and styles it is published with) has errors; nothing was published.
 * Carries every diagnostic of the build, warnings included, so that all problems are reported at once.
 */
public final class ManuscriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public ManuscriptException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public ManuscriptException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** Every diagnostic, one per line, paths relative to {@code base}. */
    public String format(Path base) {
        return diagnostics.stream().map(d -> d.format(base)).collect(Collectors.joining(System.lineSeparator()));
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        String first = diagnostics.stream().filter(Diagnostic::isError).findFirst()
                .map(Diagnostic::toString).orElse("no error");
        return errors == 1 ? first : errors + " errors, the first: " + first;
    }
}
