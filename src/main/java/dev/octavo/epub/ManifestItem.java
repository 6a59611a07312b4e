package dev.octavo.epub;

/** One entry of the package document's manifest. */
public record ManifestItem(String id, String href, String mediaType, String properties) {
}
