package dev.octavo.bench;

import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's manuscripts must be valid books that are exactly N times the seed, or the figures mean nothing. */
class ScaledManuscriptTest {

    private static Book parse(Path manuscript, Diagnostics diagnostics) {
        return new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
    }

    @Test
    void threeTimesTheSeedIsAValidBookWithThreeTimesEverything(@TempDir Path dir) throws Exception {
        Book seed = parse(Seed.manuscript(), new Diagnostics());
        ScaledManuscript.Written written = ScaledManuscript.write(Seed.manuscript(), 3, dir.resolve("x3"));
        Diagnostics diagnostics = new Diagnostics();
        Book scaled = parse(written.directory(), diagnostics);

        assertEquals(List.of(), diagnostics.warnings(), "no warnings, e.g. no unused footnote");
        assertEquals(3 * seed.chapters().size(), scaled.chapters().size());
        assertEquals(3 * seed.footnotes().size(), scaled.footnotes().size());
        assertEquals(3 * seed.glossary().entries().size(), scaled.glossary().entries().size());
        assertEquals(seed.chapters().get(0).plainTitle() + " (2)", scaled.chapters().get(seed.chapters().size()).plainTitle());
    }

    @Test
    void footnoteLabelsAndGlossaryTermsAreUniqueAcrossCopies(@TempDir Path dir) throws Exception {
        ScaledManuscript.Written written = ScaledManuscript.write(Seed.manuscript(), 2, dir);
        Book scaled = parse(written.directory(), new Diagnostics());
        var labels = new HashSet<String>();
        scaled.footnotes().forEach(note -> assertTrue(labels.add(note.label()), "label twice: " + note.label()));
        var terms = new HashSet<String>();
        for (GlossaryEntry entry : scaled.glossary().entries()) {
            assertTrue(terms.add(entry.term()), "term twice: " + entry.term());
        }
        assertTrue(terms.contains("Bolshevik") && terms.contains("Bolshevik 2"), terms.toString());
    }
}
