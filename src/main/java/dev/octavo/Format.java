package dev.octavo;

import java.util.Locale;

/** The formats Octavo publishes. */
public enum Format {
    EPUB("epub"),
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses "epub" or "pdf", case-insensitively. */
    public static Format parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected epub or pdf)");
    }
}
