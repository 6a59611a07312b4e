package dev.octavo.backlist;

import dev.octavo.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * A manuscript made from an EPUB, not yet written: every file by its path in the manuscript folder.
 *
 * @param files         the files ({@code book.yaml}, {@code NN-slug.md}, {@code glossary.md}, {@code images/…},
 *                      {@code IMPORT.md}), in the order they are written
 * @param chapters      the number of chapter files
 * @param notes         the number of notes carried over
 * @param glossaryTerms the number of glossary terms
 * @param images        the number of images
 * @param diagnostics   what was left out (warnings), each at its entry in the EPUB
 */
public record ImportedManuscript(Map<String, byte[]> files, int chapters, int notes, int glossaryTerms, int images,
                                 List<Diagnostic> diagnostics) {
}
