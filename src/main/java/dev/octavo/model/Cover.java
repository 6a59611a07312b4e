package dev.octavo.model;

import java.util.Optional;

/**
 * The book's cover: the manuscript's image named by {@code cover:} in book.yaml, or, without one, a typographic
 * cover (title, subtitle, authors) that the EPUB writer draws. The parser decides the href either way, so the
 * cover document, the manifest and the landmarks agree on it.
 *
 * @param image the manuscript's image; empty for a typographic cover
 */
public record Cover(String href, String mediaType, Optional<Asset> image) {
    /** Where a typographic cover lives in the book. Manuscript images are named img-N, so this cannot clash. */
    public static final String TYPOGRAPHIC_HREF = "images/cover.png";

    public static Cover typographic() {
        return new Cover(TYPOGRAPHIC_HREF, "image/png", Optional.empty());
    }

    public static Cover of(Asset image) {
        return new Cover(image.href(), image.mediaType(), Optional.of(image));
    }

    public boolean isTypographic() {
        return image.isEmpty();
    }
}
