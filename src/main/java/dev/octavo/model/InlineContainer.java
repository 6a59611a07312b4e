package dev.octavo.model;

import java.util.List;

/**
 * An inline that holds other inlines (emphasis, a link, a glossary term's words…). Walks over the text descend
 * through it without naming every kind, so that a new kind of container cannot be forgotten by one of them.
 */
public sealed interface InlineContainer extends Inline permits Emphasis, Strong, Styled, Link, GlossaryRef, CrossRef {
    List<Inline> content();

    /** The same inline around other content. */
    InlineContainer withContent(List<Inline> content);
}
