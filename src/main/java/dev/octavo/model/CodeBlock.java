package dev.octavo.model;

import java.util.List;

/**
 * Preformatted text; {@code language} is the fence's info string, or empty. {@code tokens} split the code into runs
 * for highlighting: together they are the code, character for character, so a highlighter can never change what
 * the reader sees.
 *
 * @param language the fenced block's info string, e.g. {@code "java"}; empty for an indented block or a fence
 *                 without one. Templates print it as the class {@code language-…}
 * @param code     the block's text as written
 * @param tokens   the code split into runs, in order; empty for empty code
 */
public record CodeBlock(String language, String code, List<CodeToken> tokens) implements Block {
    /**
     * A code block over an unmodifiable copy of the tokens.
     *
     * @param language the fence's info string, or empty
     * @param code     the block's text as written
     * @param tokens   runs that together are {@code code}, character for character
     * @throws IllegalArgumentException if the tokens' texts joined are not {@code code}
     */
    public CodeBlock {
        tokens = List.copyOf(tokens);
        StringBuilder joined = new StringBuilder(code.length());
        tokens.forEach(token -> joined.append(token.text()));
        if (!code.contentEquals(joined)) {
            throw new IllegalArgumentException("the tokens are not the code they highlight");
        }
    }

    /**
     * Code without highlighting: one plain run.
     *
     * @param language the fence's info string, or empty
     * @param code     the block's text as written; empty code has no run at all
     */
    public CodeBlock(String language, String code) {
        this(language, code, code.isEmpty() ? List.of() : List.of(CodeToken.plain(code)));
    }

    @Override
    public String kind() {
        return "code";
    }
}
