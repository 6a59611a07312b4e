package dev.octavo;

import java.nio.file.Path;
import java.util.Objects;

/** One problem found in a manuscript, an error (the book is not published) or a warning. */
public record Diagnostic(Severity severity, SourcePosition position, String message) {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses "error" or "warning", case-insensitively, as the Maven goal and the command line take them. */
        public static Severity parse(String name) {
            for (Severity severity : values()) {
                if (severity.label().equals(name.trim().toLowerCase(java.util.Locale.ROOT))) {
                    return severity;
                }
            }
            throw new IllegalArgumentException("unknown severity '" + name + "' (expected error or warning)");
        }
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code manuscript/02-x.md:14:3: error: footnote [^7] is used but never defined}, paths relative to base. */
    public String format(Path base) {
        return position.display(base) + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format(null);
    }
}
