package dev.octavo.model;

import java.util.List;

/**
 * An inline that holds other inlines (emphasis, a link, a glossary term's words…). Walks over the text descend
 * through it without naming every kind, so that a new kind of container cannot be forgotten by one of them.
 */
public sealed interface InlineContainer extends Inline permits Emphasis, Strong, Styled, Link, GlossaryRef, CrossRef {
    /**
     * The inlines this one holds, in reading order.
     *
     * @return an unmodifiable list, possibly empty
     */
    List<Inline> content();

    /**
     * The same inline around other content.
     *
     * @param content the new content, e.g. the old one with glossary terms or page breaks marked
     * @return a container of the same type and with the same other components, around {@code content}
     */
    InlineContainer withContent(List<Inline> content);
}
