package dev.octavo.model;

import java.util.List;

/** A link to an external URL (internal cross-references are resolved to {@code #id} by the parser). */
public record Link(String href, List<Inline> content) implements InlineContainer {
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
