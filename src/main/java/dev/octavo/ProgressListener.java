package dev.octavo;

/**
 * Receives the publisher's progress, one line per step with counts and times.
 * Maven maps {@link #step} to info and {@link #detail} to debug; the CLI prints steps.
 */
public interface ProgressListener {

    /**
     * A finished step worth a line at the default level, e.g. "EPUB: 8 documents, 7 fonts, 1.4 MB in 0.3 s".
     *
     * @param message the line, without a trailing line break
     */
    void step(String message);

    /**
     * Detail for troubleshooting (the renderers' own logging lands here). Ignored by default.
     *
     * @param message the line, without a trailing line break
     */
    default void detail(String message) {
    }

    /**
     * A warning found while publishing, or, when the outputs are up to date, one that the build which made them
     * found; errors arrive as a {@link ManuscriptException} instead. Ignored by default.
     *
     * @param diagnostic the warning, to be shown with {@link Diagnostic#format(java.nio.file.Path)}
     */
    default void warning(Diagnostic diagnostic) {
    }

    /** A listener that ignores everything: the publisher's default when none is set. */
    ProgressListener SILENT = message -> { };
}
