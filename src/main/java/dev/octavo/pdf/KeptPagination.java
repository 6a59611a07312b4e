package dev.octavo.pdf;

import dev.octavo.xhtml.PrintPagination;

/**
 * A book's print pagination, and the inputs it was found for: a digest of the first pass's document, the print
 * stylesheet, the fonts and the images ({@link PrintTypesetter}). A later build takes it instead of a first layout
 * only when its own inputs give the same digest, because the final pass prints the glossary's page numbers it
 * holds without marking the uses of the terms, so it cannot check them.
 */
public record KeptPagination(String inputs, PrintPagination pagination) {
}
