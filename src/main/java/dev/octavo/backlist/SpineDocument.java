package dev.octavo.backlist;

/**
 * One document of the spine, in reading order.
 *
 * @param entry    its name in the zip, the base its links are resolved against
 * @param bytes    its content as found
 * @param tocTitle its title in the nav or the NCX, or empty: the chapter's title when the document has no heading
 */
record SpineDocument(String entry, byte[] bytes, String tocTitle) {
}
