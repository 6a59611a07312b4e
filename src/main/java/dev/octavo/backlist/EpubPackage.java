package dev.octavo.backlist;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An EPUB's package as the import needs it.
 *
 * @param metadata   the book's metadata
 * @param spine      the documents in reading order, those present in the zip
 * @param mediaTypes every manifest entry present in the zip, with its declared media type
 * @param nav        the EPUB 3 navigation document's entry, which is never a chapter
 * @param archive    the zip's entries
 */
record EpubPackage(ImportedMetadata metadata, List<SpineDocument> spine, Map<String, String> mediaTypes,
                   Optional<String> nav, EpubArchive archive) {
}
