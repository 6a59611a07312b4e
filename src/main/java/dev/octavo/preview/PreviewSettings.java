package dev.octavo.preview;

import dev.octavo.Diagnostic;

import java.nio.file.Path;
import java.util.Optional;

/** What the preview reads: the same folders and settings as a build. */
record PreviewSettings(Path manuscript, Optional<String> theme, Optional<Path> styles, Optional<Path> fonts,
                       Diagnostic.Severity missingGlyphs) {
}
