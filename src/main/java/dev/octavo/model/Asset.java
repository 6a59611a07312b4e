package dev.octavo.model;

import java.nio.file.Path;

/** A file of the manuscript shipped inside the book; {@code href} is relative to the book's documents. */
public record Asset(Path source, String href, String mediaType) {
}
