package dev.octavo;

import java.util.Locale;

/** The formats Octavo publishes; each output is named after the book's title with the format's extension. */
public enum Format {
    /** A reflowable EPUB 3 e-book, with the book's fonts embedded, written as {@code <name>.epub}. */
    EPUB("epub"),
    /** The typeset print edition, a tagged PDF/A-3u and PDF/UA-1 file, written as {@code <name>.pdf}. */
    PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /**
     * The file name extension of this format's output, which is also the name {@link #parse(String)} takes.
     *
     * @return {@code "epub"} or {@code "pdf"}: lower case, without the dot
     */
    public String extension() {
        return extension;
    }

    /**
     * Parses "epub" or "pdf", case-insensitively, as the Maven goal and the command line take them. Surrounding
     * white space is ignored.
     *
     * @param name the format's name, its extension without the dot
     * @return the format so named
     * @throws IllegalArgumentException when the name is neither "epub" nor "pdf"
     */
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
