package dev.octavo;

/**
 * Receives the publisher's progress, one line per step with counts and times.
 * Maven maps {@link #step} to info and {@link #detail} to debug; the CLI prints steps.
 */
public interface ProgressListener {

    /** A finished step worth a line at the default level, e.g. "EPUB: 8 documents, 7 fonts, 1.4 MB in 0.3 s". */
    void step(String message);

    /** Detail for troubleshooting (the renderers' own logging lands here). */
    default void detail(String message) {
    }

    /** Warnings found while publishing; errors arrive as a {@link ManuscriptException} instead. */
    default void warning(Diagnostic diagnostic) {
    }

    ProgressListener SILENT = message -> { };
}
