package dev.octavo.manuscript;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one build, so that all of them are reported at once. */
public final class Diagnostics {
    private final List<Diagnostic> all = new ArrayList<>();

    public void error(SourcePosition position, String message) {
        all.add(Diagnostic.error(position, message));
    }

    public void warning(SourcePosition position, String message) {
        all.add(Diagnostic.warning(position, message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    public List<Diagnostic> all() {
        return List.copyOf(all);
    }

    /** Stops the build here if anything so far was an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new ManuscriptException(all);
        }
    }
}
