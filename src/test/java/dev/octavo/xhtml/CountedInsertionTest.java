package dev.octavo.xhtml;

import dev.octavo.model.Code;
import dev.octavo.model.Emphasis;
import dev.octavo.model.Footnote;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.Inline;
import dev.octavo.model.Inlines;
import dev.octavo.model.NoteRef;
import dev.octavo.model.PageStart;
import dev.octavo.model.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paragraph's text cut where the layout counted a page to begin, as a moved figure needs it. */
class CountedInsertionTest {
    private static final Footnote NOTE = new Footnote(12, "fn-1", "n", List.of());
    private static final GlossaryEntry TERM = new GlossaryEntry("bộ gõ", "bo-go", List.of());

    /** "Chữ *người* hay bộ gõ `x` tiếng¹ hết." with a glossary term and a note call. */
    private static final List<Inline> TEXT = List.of(new Text("Chữ "), new Emphasis(List.of(new Text("người"))),
            new Text(" hay "), new GlossaryRef(TERM, "bo-go-use-1", List.of(new Text("bộ gõ")), false),
            new Text(" "), new Code("x"), new Text(" tiếng"), new NoteRef(NOTE, 1), new Text(" hết."));

    private static int counted(List<Inline> inlines) {
        int[] count = {0};
        dev.octavo.model.TextWalk.nested(inlines).forEach(inline -> {
            if (inline instanceof Text t) {
                count[0] += PageStart.countedCharacters(t.text());
            } else if (inline instanceof Code c) {
                count[0] += PageStart.countedCharacters(c.code());
            } else if (inline instanceof NoteRef r) {
                count[0] += PageStart.countedCharacters(Integer.toString(r.note().number()));
            }
        });
        return count[0];
    }

    @Test
    void everyCutKeepsAllTheTextInOrderAndTheCountBeforeIt() {
        String whole = Inlines.plainText(TEXT).replace(" ", "");
        for (int at = 1; at < counted(TEXT); at++) {
            if (at == 22) {
                continue; // inside the note call's number "12", where no line breaks
            }
            CountedInsertion.Halves halves = CountedInsertion.split(TEXT, at);
            assertEquals(at, counted(halves.before()), "characters before the cut at " + at);
            assertEquals(whole, (Inlines.plainText(halves.before()) + Inlines.plainText(halves.after())).replace(" ", ""),
                    "text around the cut at " + at);
        }
    }

    @Test
    void theSpaceAtTheCutIsDroppedAndSpacesFurtherOnStay() {
        CountedInsertion.Halves halves = CountedInsertion.split(TEXT, 3); // after "Chữ"
        assertEquals("Chữ", Inlines.plainText(halves.before()));
        assertEquals("người hay bộ gõ x tiếng hết.", Inlines.plainText(halves.after()));
    }

    @Test
    void aContainerAcrossTheCutIsOnBothSidesAndATermKeepsItsIdOnOneSideOnly() {
        CountedInsertion.Halves inEmphasis = CountedInsertion.split(TEXT, 5); // "Chữ ng|ười"
        assertInstanceOf(Emphasis.class, inEmphasis.before().get(inEmphasis.before().size() - 1));
        assertInstanceOf(Emphasis.class, inEmphasis.after().get(0));
        CountedInsertion.Halves inTerm = CountedInsertion.split(TEXT, 13); // "…hay bộ|gõ"
        long ids = dev.octavo.model.TextWalk.nested(inTerm.before()).filter(GlossaryRef.class::isInstance).count()
                + dev.octavo.model.TextWalk.nested(inTerm.after()).filter(GlossaryRef.class::isInstance).count();
        assertEquals(1, ids);
        assertTrue(Inlines.plainText(inTerm.after()).startsWith("gõ"));
    }
}
