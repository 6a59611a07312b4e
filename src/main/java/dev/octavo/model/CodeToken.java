package dev.octavo.model;

import java.util.Set;

/**
 * A run of a code block's text and what kind of code it is, for highlighting. Templates print the kind as a class
 * ({@code tok-keyword}), so the model owns the few kinds there are; text of no kind is printed as it is.
 *
 * @param kind one of {@link #KINDS}, or empty for plain text (names, spaces, punctuation)
 * @param text the run's characters exactly as they stand in the code, white space and line breaks included
 */
public record CodeToken(String kind, String text) {
    /**
     * Every kind a token may have. The house stylesheets (epub.css, print.css) give these {@code tok-} classes
     * their colours and weights; a theme's stylesheet may style them too.
     */
    public static final Set<String> KINDS = Set.of("keyword", "type", "function", "string", "number", "literal",
            "comment", "operator", "annotation", "tag", "attribute", "variable");

    /**
     * A run of code of one kind.
     *
     * @param kind one of {@link #KINDS}, or empty for plain text
     * @param text the run's characters as written
     * @throws IllegalArgumentException if {@code kind} is neither empty nor one of {@link #KINDS}
     */
    public CodeToken {
        if (!kind.isEmpty() && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a kind of code: " + kind);
        }
    }

    /**
     * A run that no highlighter marked: printed as it is, without a class.
     *
     * @param text the run's characters as written
     * @return a token of no kind
     */
    public static CodeToken plain(String text) {
        return new CodeToken("", text);
    }
}
