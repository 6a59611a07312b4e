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
 * @param smartDashes   {@code smart-dashes: false} leaves a hyphen between spaces as written ({@link SmartDashes})
 * @param print         {@code paper:} and {@code print:} (PrintEditionReader)
 */
record BookYaml(Metadata metadata, FootnoteNumbering footnotes, boolean glossaryLinks, Optional<CoverPath> cover,
                Figures figures, boolean smartDashes, dev.octavo.model.PrintEdition print) {

    /**
     * How figures and references to them are set.
     *
     * @param numbered       {@code figures: numbered} labels each figure with its word and number ("Hình 1.2")
     * @param pageReferences {@code page-references: false} prints no page number after a cross-reference
     * @param imagePpi       {@code image-resolution}: the resolution of an image that declares none (96, CSS pixels)
     * @param printPpi       {@code print-resolution}: below it an image is reported as too coarse to print; 0: never
     * @param ppiRule        whose rule {@code printPpi} is when a distributor's ({@code "KDP"}); "" for the book's own
     */
    record Figures(boolean numbered, boolean pageReferences, double imagePpi, double printPpi, String ppiRule) {
        static final Figures DEFAULT = new Figures(false, true, 96, 300, "");

        /** The same, with the distributor's least resolution when it is above the book's own. */
        Figures forDistributor(Optional<String> name) {
            return name.flatMap(dev.octavo.production.Distributor::named)
                    .filter(d -> d.minPpi() >= printPpi)
                    .map(d -> new Figures(numbered, pageReferences, imagePpi, d.minPpi(), d.label()))
                    .orElse(this);
        }
    }

    /** The {@code cover:} path as written, and where, for messages about it. */
    record CoverPath(String path, SourcePosition at) {
    }
}
