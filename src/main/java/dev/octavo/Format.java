package dev.octavo;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The formats Octavo publishes; each output is named after the book's title ({@link #fileName(String)}). The EPUB
 * and the PDF are made unless other formats are asked for; the print cover only when asked for.
 */
public enum Format {
    /** A reflowable EPUB 3 e-book, with the book's fonts embedded, written as {@code <name>.epub}. */
    EPUB("epub", "", "epub"),
    /** The typeset print edition, a tagged PDF/A-3u and PDF/UA-1 file, written as {@code <name>.pdf}. */
    PDF("pdf", "", "pdf"),
    /**
     * The print cover: back, spine and front on one PDF/A-3u page with bleed, its spine as wide as the print
     * edition's pages are thick, written as {@code <name>-cover.pdf}.
     */
    COVER("cover", "-cover", "pdf");

    private final String formatName;
    private final String suffix;
    private final String extension;

    Format(String formatName, String suffix, String extension) {
        this.formatName = formatName;
        this.suffix = suffix;
        this.extension = extension;
    }

    /**
     * The formats published when none are asked for: the EPUB and the PDF.
     *
     * @return a new, modifiable set of {@link #EPUB} and {@link #PDF}
     */
    public static Set<Format> defaults() {
        return EnumSet.of(EPUB, PDF);
    }

    /**
     * The format's name as {@link #parse(String)} takes it.
     *
     * @return {@code "epub"}, {@code "pdf"} or {@code "cover"}
     */
    public String formatName() {
        return formatName;
    }

    /**
     * The file name extension of this format's output.
     *
     * @return {@code "epub"} or {@code "pdf"} (the cover's too): lower case, without the dot
     */
    public String extension() {
        return extension;
    }

    /**
     * The name of this format's output for a book whose outputs are named {@code base}.
     *
     * @param base the book's output name, without extension
     * @return {@code base.epub}, {@code base.pdf} or {@code base-cover.pdf}
     */
    public String fileName(String base) {
        return base + suffix + "." + extension;
    }

    /**
     * Parses "epub", "pdf" or "cover", case-insensitively, as the Maven goal and the command line take them.
     * Surrounding white space is ignored.
     *
     * @param name the format's name
     * @return the format so named
     * @throws IllegalArgumentException when the name is none of "epub", "pdf" and "cover"
     */
    public static Format parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.formatName.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected epub, pdf or cover)");
    }
}
