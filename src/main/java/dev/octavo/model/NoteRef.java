package dev.octavo.model;

/**
 * A footnote call; {@code note} is the resolved note, so renderers never look labels up again.
 * {@code occurrence} counts calls of the same note (1 for the first), keeping call anchors unique.
 *
 * @param note       the note called
 * @param occurrence which call of the note this is in its chapter, from 1; the print edition sets the note's text
 *                   at the first call only
 */
public record NoteRef(Footnote note, int occurrence) implements Inline {
    /**
     * Anchor of the call; the first call is the target of the note's back link.
     *
     * @return the note's id with {@code -ref} for the first call, with {@code -ref-2}, {@code -ref-3} … for the
     *         others
     */
    public String id() {
        return occurrence == 1 ? note.id() + "-ref" : note.id() + "-ref-" + occurrence;
    }

    @Override
    public String kind() {
        return "noteref";
    }
}
