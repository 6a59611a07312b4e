package dev.octavo.manuscript;

import com.vladsch.flexmark.util.ast.Document;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Markdown of a manuscript's files as last parsed, kept between parses of the same manuscript so that only a
 * file whose text changed is parsed again (the live preview's loop). A parse reads the documents and never changes
 * them, so one document serves every later parse of the same text. Used by one parse at a time.
 */
public final class ParsedFiles {
    private record Parsed(String text, Document document) {
    }

    private final Map<Path, Parsed> files = new HashMap<>();
    private int parsedLast;

    /** The document last parsed from exactly this text of the file. */
    Optional<Document> get(SourceText source) {
        Parsed parsed = files.get(source.path());
        return parsed != null && parsed.text().equals(source.text()) ? Optional.of(parsed.document()) : Optional.empty();
    }

    void put(SourceText source, Document document) {
        files.put(source.path(), new Parsed(source.text(), document));
    }

    /** Forgets the files that are no longer part of the manuscript, and counts the files the last parse parsed. */
    void keepOnly(Set<Path> present, int parsed) {
        files.keySet().retainAll(present);
        parsedLast = parsed;
    }

    /** How many files the last parse read the Markdown of (the others it took from here). */
    public int parsedLast() {
        return parsedLast;
    }
}
