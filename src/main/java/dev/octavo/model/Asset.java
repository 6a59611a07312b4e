package dev.octavo.model;

import java.nio.file.Path;

/**
 * An image of the manuscript shipped inside the book; {@code href} is relative to the book's documents.
 *
 * @param natural the image's own size, read from the file when the manuscript was checked
 */
public record Asset(Path source, String href, String mediaType, NaturalSize natural) {
}
