package dev.octavo.model;

import java.util.List;

/**
 * A link to an external URL: a web page or a mail address. A link into the book is a {@link CrossRef} instead;
 * a link of any other scheme is not kept (only its words are).
 *
 * @param href    the URL as written, of scheme {@code http}, {@code https} or {@code mailto}
 * @param content the words of the link; for an autolink ({@code <https://…>}), the URL or mail address itself
 */
public record Link(String href, List<Inline> content) implements InlineContainer {
    /**
     * A link over an unmodifiable copy of its content.
     *
     * @param href    the URL as written
     * @param content the words of the link
     */
    public Link {
        content = List.copyOf(content);
    }

    @Override
    public Link withContent(List<Inline> content) {
        return new Link(href, content);
    }

    @Override
    public String kind() {
        return "link";
    }
}
