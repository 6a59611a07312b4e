package dev.octavo;

/**
 * Passes progress on one call at a time. The publisher reports from two threads when it makes the EPUB and the
 * PDF at once; listeners (a Maven log, a PrintStream, a user's own) then need not be thread-safe.
 */
final class SerialProgress implements ProgressListener {
    private final ProgressListener listener;

    SerialProgress(ProgressListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void step(String message) {
        listener.step(message);
    }

    @Override
    public synchronized void detail(String message) {
        listener.detail(message);
    }

    @Override
    public synchronized void warning(Diagnostic diagnostic) {
        listener.warning(diagnostic);
    }
}
