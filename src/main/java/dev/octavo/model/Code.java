package dev.octavo.model;

/**
 * Code inside a line of text ({@code `…`} in Markdown), printed in the code face as a {@code <code>} element.
 * Unlike a {@link CodeBlock} it is never highlighted.
 *
 * @param code the characters between the backticks, as written
 */
public record Code(String code) implements Inline {
    @Override
    public String kind() {
        return "code";
    }
}
