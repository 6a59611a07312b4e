package dev.octavo.pdf.engine;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import dev.octavo.model.Block;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Text;
import dev.octavo.model.TextWalk;
import dev.octavo.testing.SeedBook;
import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line breaker against openhtmltopdf's default one (a URL-aware wrapper of the JDK's line iterator, for the
 * US locale, as openhtmltopdf makes it): the same break opportunities in every string, from its start and from
 * each of its opportunities on, which is how the layout asks for them.
 */
class PlainLineBreaksTest {
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọ"
            + "ồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789.,;:!?()[]\u201C\u201D\u2018\u2019\"'%&*+=#@$\u00AB\u00BB\u2026"
            + "-\u2013\u2014\u00A0\u00AD\u0301\n\t/\u4E2D\u0E01";

    private final FSTextBreaker ours = new PlainLineBreaks();
    private final FSTextBreaker theirs = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));

    @Test
    void everyTextOfTheSeedBreaksWhereOpenhtmltopdfWouldBreakIt() {
        Book book = SeedBook.model();
        List<String> texts = new ArrayList<>();
        for (Chapter chapter : book.chapters()) {
            texts(chapter.blocks(), texts);
            chapter.footnotes().forEach(note -> texts(note.content(), texts));
        }
        book.glossary().entries().forEach(entry -> texts(entry.definition(), texts));
        assertTrue(texts.size() > 250, "the seed has hundreds of texts: " + texts.size());
        texts.forEach(this::assertSameBreaks);
    }

    @Test
    void randomTextsWithAndWithoutSlashesBreakWhereOpenhtmltopdfWouldBreakThem() {
        Random random = new Random(20261127);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.append(random.nextInt(4) == 0 ? ' ' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertSameBreaks(text.toString());
        }
    }

    @Test
    void urlsStillBreakAtTheirSlashes() {
        String url = "xem https://example.com/mot/hai/ba-bon?x=1 nhé";
        List<Integer> breaks = breaks(ours, url);
        assertEquals(breaks(theirs, url), breaks);
        assertTrue(breaks.contains(url.indexOf("/mot") + 1) || breaks.contains(url.indexOf("/mot")),
                "a break by a slash of the URL: " + breaks);
    }

    private static void texts(List<Block> blocks, List<String> into) {
        TextWalk.inlines(blocks).filter(Text.class::isInstance).forEach(t -> into.add(((Text) t).text()));
    }

    private void assertSameBreaks(String text) {
        List<Integer> expected = breaks(theirs, text);
        assertEquals(expected, breaks(ours, text), "[" + text + "]");
        for (int start : expected) {
            if (start < text.length()) {
                String rest = text.substring(start);
                assertEquals(breaks(theirs, rest), breaks(ours, rest), "[" + rest + "] of [" + text + "]");
            }
        }
    }

    private static List<Integer> breaks(FSTextBreaker breaker, String text) {
        breaker.setText(text);
        List<Integer> breaks = new ArrayList<>();
        for (int next = breaker.next(); next != BreakIterator.DONE; next = breaker.next()) {
            breaks.add(next);
        }
        return breaks;
    }
}
