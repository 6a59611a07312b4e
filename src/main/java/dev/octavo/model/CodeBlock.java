package dev.octavo.model;

import java.util.List;

/**
 * Preformatted text; {@code language} is the fence's info string, or empty. {@code tokens} split the code into runs
 * for highlighting: together they are the code, character for character, so a highlighter can never change what
 * the reader sees.
 */
public record CodeBlock(String language, String code, List<CodeToken> tokens) implements Block {
    public CodeBlock {
        tokens = List.copyOf(tokens);
        StringBuilder joined = new StringBuilder(code.length());
        tokens.forEach(token -> joined.append(token.text()));
        if (!code.contentEquals(joined)) {
            throw new IllegalArgumentException("the tokens are not the code they highlight");
        }
    }

    /** Code without highlighting: one plain run. */
    public CodeBlock(String language, String code) {
        this(language, code, code.isEmpty() ? List.of() : List.of(CodeToken.plain(code)));
    }

    @Override
    public String kind() {
        return "code";
    }
}
