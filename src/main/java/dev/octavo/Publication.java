package dev.octavo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Publisher#publish()} produced.
 *
 * @param outputs   the written files by format
 * @param pageCount pages of the PDF, 0 when no PDF was made
 * @param warnings  problems that did not stop publication
 */
public record Publication(Map<Format, Path> outputs, int pageCount, List<Diagnostic> warnings) {
    public Publication {
        outputs = Map.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }

    public Optional<Path> epub() {
        return Optional.ofNullable(outputs.get(Format.EPUB));
    }

    public Optional<Path> pdf() {
        return Optional.ofNullable(outputs.get(Format.PDF));
    }
}
