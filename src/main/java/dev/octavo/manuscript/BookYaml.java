package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.FootnoteNumbering;
import dev.octavo.model.Metadata;

import java.util.Optional;

/**
 * Everything {@code book.yaml} says: the book's metadata, how the manuscript is to be read, and where the cover
 * image is (resolved later, with the other images, by the {@link AssetResolver}).
 *
 * @param footnotes     {@code footnotes: continuous|chapter}
 * @param glossaryLinks {@code glossary-links: false} turns the EPUB's links from terms to the glossary off
 */
record BookYaml(Metadata metadata, FootnoteNumbering footnotes, boolean glossaryLinks, Optional<CoverPath> cover) {

    /** The {@code cover:} path as written, and where, for messages about it. */
    record CoverPath(String path, SourcePosition at) {
    }
}
