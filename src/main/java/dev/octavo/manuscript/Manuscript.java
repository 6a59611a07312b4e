package dev.octavo.manuscript;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files of a manuscript directory, read and normalised, not yet parsed. */
public record Manuscript(Path directory, SourceText bookYaml, List<SourceText> chapters, Optional<SourceText> glossary) {
    public Manuscript {
        chapters = List.copyOf(chapters);
    }
}
