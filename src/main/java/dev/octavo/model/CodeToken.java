package dev.octavo.model;

import java.util.Set;

/**
 * A run of a code block's text and what kind of code it is, for highlighting. Templates print the kind as a class
 * ({@code tok-keyword}), so the model owns the few kinds there are; text of no kind is printed as it is.
 *
 * @param kind one of {@link #KINDS}, or empty for plain text (names, spaces, punctuation)
 */
public record CodeToken(String kind, String text) {
    public static final Set<String> KINDS = Set.of("keyword", "type", "function", "string", "number", "literal",
            "comment", "operator", "annotation", "tag", "attribute", "variable");

    public CodeToken {
        if (!kind.isEmpty() && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a kind of code: " + kind);
        }
    }

    public static CodeToken plain(String text) {
        return new CodeToken("", text);
    }
}
