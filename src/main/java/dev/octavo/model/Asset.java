package dev.octavo.model;

import java.nio.file.Path;

/**
 * An image of the manuscript shipped inside the book; {@code href} is relative to the book's documents.
 *
 * @param source    the image file in the manuscript; the print edition draws it from there, and the EPUB writer
 *                  copies it into the book
 * @param href      where the EPUB stores the image, e.g. {@code "images/img-1.png"}: numbered, so that no two
 *                  images of the manuscript clash whatever their file names
 * @param mediaType the image's media type, e.g. {@code "image/png"}, for the EPUB's manifest
 * @param natural   the image's own size, read from the file when the manuscript was checked
 */
public record Asset(Path source, String href, String mediaType, NaturalSize natural) {
}
