package dev.octavo.model;

/**
 * A footnote call; {@code note} is the resolved note, so renderers never look labels up again.
 * {@code occurrence} counts calls of the same note (1 for the first), keeping call anchors unique.
 */
public record NoteRef(Footnote note, int occurrence) implements Inline {
    /** Anchor of the call; the first call is the target of the note's back link. */
    public String id() {
        return occurrence == 1 ? note.id() + "-ref" : note.id() + "-ref-" + occurrence;
    }

    @Override
    public String kind() {
        return "noteref";
    }
}
