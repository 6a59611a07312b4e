package dev.octavo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in a manuscript, an error (the book is not published) or a warning. Printed like a
 * compiler's message by {@link #format(Path)}.
 *
 * @param severity whether the problem stops publication ({@link Severity#ERROR}) or is only reported
 *                 ({@link Severity#WARNING}); never null
 * @param position where in the manuscript, styles or fonts the problem is; never null
 * @param message  what is wrong, in plain English, without the position or the severity; never null
 */
public record Diagnostic(Severity severity, SourcePosition position, String message) {

    /** How serious a problem is: whether it stops publication. */
    public enum Severity {
        /** The problem stops publication: nothing is written, and a {@link ManuscriptException} tells why. */
        ERROR,
        /** The problem is reported, but the book is still published. */
        WARNING;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Parses "error" or "warning", case-insensitively, as the Maven goal and the command line take them.
         * Surrounding white space is ignored.
         *
         * @param name the severity's name, e.g. {@code "warning"} or {@code " Error "}
         * @return the severity so named
         * @throws IllegalArgumentException when the name is neither "error" nor "warning"
         */
        public static Severity parse(String name) {
            for (Severity severity : values()) {
                if (severity.label().equals(name.trim().toLowerCase(java.util.Locale.ROOT))) {
                    return severity;
                }
            }
            throw new IllegalArgumentException("unknown severity '" + name + "' (expected error or warning)");
        }
    }

    /**
     * Creates a diagnostic.
     *
     * @param severity whether the problem stops publication
     * @param position where the problem is
     * @param message  what is wrong, without the position or the severity
     * @throws NullPointerException when the severity, the position or the message is null
     */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error: a problem that stops publication.
     *
     * @param position where the problem is
     * @param message  what is wrong, without the position
     * @return the diagnostic, of severity {@link Severity#ERROR}
     */
    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message);
    }

    /**
     * A warning: a problem that is reported, while the book is still published.
     *
     * @param position where the problem is
     * @param message  what is wrong, without the position
     * @return the diagnostic, of severity {@link Severity#WARNING}
     */
    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message);
    }

    /**
     * Whether this problem stops publication.
     *
     * @return true for an error, false for a warning
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * This diagnostic as one line, the way a compiler prints it:
     * {@code manuscript/02-x.md:14:3: error: footnote [^7] is used but never defined}.
     *
     * @param base the directory the file's path is shown relative to when the file lies below it (see
     *             {@link SourcePosition#display(Path)}); null to show the path as it is
     * @return the position, the severity in lower case and the message, separated by colons
     */
    public String format(Path base) {
        return position.display(base) + ": " + severity.label() + ": " + message;
    }

    @Override
    public String toString() {
        return format(null);
    }
}
