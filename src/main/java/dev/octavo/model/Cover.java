package dev.octavo.model;

import java.util.Optional;

/**
 * The book's cover: the manuscript's image named by {@code cover:} in book.yaml, or, without one, a typographic
 * cover (title, subtitle, authors) that the EPUB writer draws. The parser decides the href either way, so the
 * cover document, the manifest and the landmarks agree on it.
 *
 * @param href      where the cover image is stored in the EPUB, relative to its documents, e.g.
 *                  {@code "images/img-1.jpg"}
 * @param mediaType the image's media type, e.g. {@code "image/jpeg"}, for the EPUB's manifest
 * @param image     the manuscript's image; empty for a typographic cover
 */
public record Cover(String href, String mediaType, Optional<Asset> image) {
    /** Where a typographic cover lives in the book. Manuscript images are named img-N, so this cannot clash. */
    public static final String TYPOGRAPHIC_HREF = "images/cover.png";

    /**
     * The cover of a book whose book.yaml names no image: a PNG the EPUB writer draws from the metadata.
     *
     * @return a cover at {@link #TYPOGRAPHIC_HREF}, with no image of the manuscript
     */
    public static Cover typographic() {
        return new Cover(TYPOGRAPHIC_HREF, "image/png", Optional.empty());
    }

    /**
     * The cover of a book whose book.yaml names an image: that image, where the other images are stored.
     *
     * @param image the manuscript's image named by {@code cover:}
     * @return a cover with the image's own href and media type
     */
    public static Cover of(Asset image) {
        return new Cover(image.href(), image.mediaType(), Optional.of(image));
    }

    /**
     * Whether the EPUB writer must draw this cover, since the manuscript has no image for it.
     *
     * @return true when {@link #image()} is empty
     */
    public boolean isTypographic() {
        return image.isEmpty();
    }
}
