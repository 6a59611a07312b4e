package dev.octavo.model;

/** A run of text inside a block. Templates dispatch on {@link #kind()}. */
public sealed interface Inline
        permits Text, InlineContainer, Code, Image, NoteRef, LineBreak, PageBreak, JustifiedEnd {

    /**
     * The template macro that renders this inline, e.g. {@code "text"}.
     *
     * @return the same constant for every inline of one record type, never empty
     */
    String kind();
}
