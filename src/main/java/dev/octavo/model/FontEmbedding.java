package dev.octavo.model;

/**
 * How the EPUB embeds the book's fonts ({@code fonts:} in book.yaml).
 */
public enum FontEmbedding {
    /**
     * Each face the text uses, cut down to the characters it draws; faces no text uses are left out (the default).
     * A font whose licence reserves its name is embedded whole, since a subset would be a modified version.
     */
    SUBSET,
    /** Every face of the book's fonts as its file is, for readers who edit the book. */
    WHOLE
}
