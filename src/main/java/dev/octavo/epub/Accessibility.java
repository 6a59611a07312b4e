package dev.octavo.epub;

import dev.octavo.model.Block;
import dev.octavo.model.Book;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.Image;
import dev.octavo.model.TextWalk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The package document's accessibility metadata (schema.org and EPUB Accessibility 1.1), decided here from
 * what the book really contains, so that no claim is made that the book does not bear out.
 *
 * @param conformsTo  the EPUB Accessibility conformance claim; empty when an image lacks a text alternative
 * @param certifiedBy who stands behind the claim: the publisher, else the authors
 * @param pageBreakSource the print edition the page list follows; empty while there is no page list
 */
public record Accessibility(List<String> accessModes, List<String> accessModesSufficient, List<String> features,
                            List<String> hazards, String summary, Optional<String> conformsTo,
                            Optional<String> certifiedBy, Optional<String> pageBreakSource) {
    public static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";

    /**
     * @param hasPageList whether the nav document has a page list (page numbers of the print edition)
     */
    public static Accessibility of(Book book, boolean hasPageList) {
        List<Image> images = images(book).toList();
        boolean allDescribed = images.stream().allMatch(image -> !image.alt().isBlank());

        List<String> modes = new ArrayList<>(List.of("textual"));
        List<String> sufficient = new ArrayList<>();
        if (!images.isEmpty()) {
            modes.add("visual");
            sufficient.add("textual,visual");
        }
        if (allDescribed) {
            sufficient.add(0, "textual");
        }

        // Every Octavo book has these: nav toc, headings as structure, one reading order, reflowable text whose
        // fonts and sizes the reader may change, and DPUB-ARIA roles on notes, glossary and landmarks.
        List<String> features = new ArrayList<>(List.of("tableOfContents", "structuralNavigation", "readingOrder",
                "displayTransformability", "ARIA"));
        // The cover always has a text alternative; content images only when the author wrote one.
        if (allDescribed) {
            features.add("alternativeText");
        }
        if (hasPageList) {
            features.add("pageNavigation");
            features.add("printPageNumbers");
        }

        StringBuilder summary = new StringBuilder(book.labels().accessibilitySummary());
        if (!book.footnotes().isEmpty()) {
            summary.append(' ').append(book.labels().accessibilityNotes());
        }
        if (hasLinkedGlossaryTerms(book)) {
            summary.append(' ').append(book.labels().accessibilityGlossary());
        }

        String certifier = !book.metadata().publisher().isBlank() ? book.metadata().publisher()
                : book.metadata().creatorNames();
        Optional<String> conformsTo = allDescribed ? Optional.of(CONFORMANCE) : Optional.empty();
        return new Accessibility(modes, sufficient, features,
                List.of("noFlashingHazard", "noMotionSimulationHazard", "noSoundHazard"), summary.toString(),
                conformsTo, conformsTo.isPresent() && !certifier.isBlank() ? Optional.of(certifier) : Optional.empty(),
                hasPageList ? Optional.of(book.metadata().identifier()) : Optional.empty());
    }

    public Accessibility {
        accessModes = List.copyOf(accessModes);
        accessModesSufficient = List.copyOf(accessModesSufficient);
        features = List.copyOf(features);
        hazards = List.copyOf(hazards);
    }

    private static boolean hasLinkedGlossaryTerms(Book book) {
        return book.chapters().stream().flatMap(c -> TextWalk.inlines(c.blocks()))
                .anyMatch(i -> i instanceof GlossaryRef ref && ref.linked());
    }

    /** Every image of the text (chapters, their notes, the glossary); the cover is not among them. */
    private static Stream<Image> images(Book book) {
        Stream<Block> blocks = Stream.of(
                book.chapters().stream().flatMap(c -> c.blocks().stream()),
                book.footnotes().stream().flatMap(n -> n.content().stream()),
                book.glossary().entries().stream().flatMap(e -> e.definition().stream())).flatMap(s -> s);
        return TextWalk.inlines(blocks.toList()).filter(Image.class::isInstance).map(Image.class::cast);
    }
}
