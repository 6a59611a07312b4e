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

    /**
     * An exception carrying every diagnostic of a build. Its message names the number of errors and the first one.
     *
     * @param diagnostics the build's problems, errors and warnings, in the order they are to be reported; copied
     * @throws NullPointerException when the list or one of its elements is null
     */
    public ManuscriptException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * An exception carrying one problem, e.g. a fonts folder that is named but missing.
     *
     * @param diagnostic the problem, normally an error
     * @throws NullPointerException when the diagnostic is null
     */
    public ManuscriptException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    /**
     * Every problem of the build, errors and warnings, in the order they are reported.
     *
     * @return the diagnostics, unmodifiable
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The problems that stopped publication: the {@link #diagnostics()} that are errors, in the same order.
     *
     * @return the errors, unmodifiable; empty only when the exception was made without any error
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Every diagnostic, one per line as {@link Diagnostic#format(Path)} prints it, paths relative to {@code base}.
     *
     * @param base the directory that paths are shown relative to when they lie below it; null to show them as
     *             they are
     * @return the lines joined by the platform's line separator, without a trailing one
     */
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
