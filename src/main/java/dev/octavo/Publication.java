package dev.octavo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Publisher#publish()} produced, or, when the outputs were up to date, what the build that made them
 * recorded.
 *
 * @param outputs   the written files by format, one for each format published; copied, unmodifiable
 * @param pageCount pages of the PDF, 0 when no PDF was made
 * @param warnings  problems that did not stop publication, in the order they were found; copied, unmodifiable
 */
public record Publication(Map<Format, Path> outputs, int pageCount, List<Diagnostic> warnings) {
    /**
     * Creates a publication, copying the map and the list.
     *
     * @param outputs   the written files by format
     * @param pageCount pages of the PDF, 0 when no PDF was made
     * @param warnings  problems that did not stop publication
     * @throws NullPointerException when {@code outputs} or {@code warnings} is null or holds a null
     */
    public Publication {
        outputs = Map.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }

    /**
     * The EPUB file written.
     *
     * @return its path, or empty when the EPUB was not among the formats published
     */
    public Optional<Path> epub() {
        return Optional.ofNullable(outputs.get(Format.EPUB));
    }

    /**
     * The PDF file written.
     *
     * @return its path, or empty when the PDF was not among the formats published
     */
    public Optional<Path> pdf() {
        return Optional.ofNullable(outputs.get(Format.PDF));
    }
}
