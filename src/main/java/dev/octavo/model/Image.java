package dev.octavo.model;

/** An image of the manuscript, already copied into the book's assets. */
public record Image(Asset asset, String alt) implements Inline {
    @Override
    public String kind() {
        return "image";
    }
}
