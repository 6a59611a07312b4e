package dev.octavo.model;

/**
 * An image of the manuscript, already checked and copied into the book's assets.
 *
 * @param asset the image file and where the EPUB stores it
 * @param alt   the text alternative (the reader of a screen hears it instead of seeing the image)
 * @param print its size on the printed page, inside the type area
 */
public record Image(Asset asset, String alt, PrintSize print) implements Inline {
    @Override
    public String kind() {
        return "image";
    }
}
