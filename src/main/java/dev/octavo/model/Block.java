package dev.octavo.model;

/**
 * A block of body text. Templates dispatch on {@link #kind()}, so every block names its kind once, here in the model.
 */
public sealed interface Block
        permits Paragraph, Heading, BlockQuote, ListBlock, CodeBlock, ThematicBreak, Table, DefinitionList, Verse,
        Figure, Continuation {

    /**
     * The template macro that renders this block, e.g. {@code "paragraph"}.
     *
     * @return the same constant for every block of one record type, never empty
     */
    String kind();
}
