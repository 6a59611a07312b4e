package dev.octavo.manuscript;

import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Emphasis;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.GlossaryRef;
import dev.octavo.model.Heading;
import dev.octavo.model.Inlines;
import dev.octavo.model.Paragraph;
import dev.octavo.model.Styled;
import dev.octavo.model.TextWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryTest {
    @TempDir
    Path dir;

    private Book parse(String yaml, String glossary, String... chapters) throws IOException {
        write("book.yaml", "title: Thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n" + yaml);
        write("glossary.md", glossary);
        for (int i = 0; i < chapters.length; i++) {
            write(String.format("%02d-c.md", i + 1), chapters[i]);
        }
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(dir, diagnostics), diagnostics);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String definitions(List<String> terms) {
        StringBuilder md = new StringBuilder("# Thuật ngữ\n\n");
        terms.forEach(t -> md.append(t).append("\n: Định nghĩa của ").append(t).append(".\n\n"));
        return md.toString();
    }

    @Test
    void vietnameseTermsAreInVietnameseAlphabeticalOrderWithTonesSecond() throws IOException {
        // a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tones (à á ả ã ạ) decide only between
        // words that are otherwise equal, in the order ngang, huyền, hỏi, ngã, sắc, nặng.
        List<String> expected = List.of("ác", "ạc", "an", "ăn", "ắt", "ân", "bạch", "da", "dưa", "đa", "đà", "em",
                "ếch", "gà", "ma", "mà", "mả", "mã", "má", "mạ", "ong", "ông", "ơn", "uống", "ưa", "ừa", "xa", "y");
        List<String> scrambled = new ArrayList<>(expected);
        java.util.Collections.reverse(scrambled);
        java.util.Collections.swap(scrambled, 3, 11);
        Book book = parse("", definitions(scrambled), "# A\n\nMột.\n");
        assertEquals(expected, book.glossary().entries().stream().map(GlossaryEntry::term).toList());
    }

    @Test
    void theFirstUseOfATermInEachChapterIsLinkedAndEveryUseHasItsOwnId() throws IOException {
        Book book = parse("", definitions(List.of("Bolshevik", "Soviet")),
                "# Chương một\n\nNhững người Bolshevik và Soviet. Đảng Bolshevik.\n\nLại Bolshevik.\n",
                "# Chương hai\n\nMột Bolshevik nữa.\n");
        List<GlossaryRef> first = refs(book.chapters().get(0));
        assertEquals(List.of("Bolshevik", "Soviet", "Bolshevik", "Bolshevik"), terms(first));
        assertEquals(List.of(true, true, false, false), first.stream().map(GlossaryRef::linked).toList());
        List<GlossaryRef> second = refs(book.chapters().get(1));
        assertEquals(List.of(true), second.stream().map(GlossaryRef::linked).toList());

        List<String> ids = new ArrayList<>();
        book.chapters().forEach(c -> refs(c).forEach(r -> ids.add(r.id())));
        assertEquals(5, new HashSet<>(ids).size(), "use ids must be unique: " + ids);
        assertEquals("Những người Bolshevik và Soviet. Đảng Bolshevik.",
                Inlines.plainText(((Paragraph) book.chapters().get(0).blocks().get(0)).content()),
                "the text must not change");
    }

    @Test
    void glossaryLinksFalseKeepsEveryUseButLinksNone() throws IOException {
        Book book = parse("glossary-links: false\n", definitions(List.of("Soviet")), "# A\n\nSoviet, Soviet.\n");
        List<GlossaryRef> refs = refs(book.chapters().get(0));
        assertEquals(2, refs.size());
        assertTrue(refs.stream().noneMatch(GlossaryRef::linked));
    }

    @Test
    void termsMatchWholeWordsLongestFirstAndAHeadwordItsLowerCaseForm() throws IOException {
        Book book = parse("", definitions(List.of("Cách mạng", "Cách mạng Tháng Mười", "SR", "Tự vệ đỏ")),
                "# A\n\nCách mạng Tháng Mười và cách mạng; SRs, sr, SR; tự vệ đỏ; Tự vệ đỏi.\n");
        assertEquals(List.of("Cách mạng Tháng Mười", "cách mạng", "SR", "tự vệ đỏ"), terms(refs(book.chapters().get(0))));
        assertEquals(List.of("Cách mạng Tháng Mười", "Cách mạng", "SR", "Tự vệ đỏ"),
                refs(book.chapters().get(0)).stream().map(r -> r.entry().term()).toList());
    }

    @Test
    void aLongerTermThatBreaksOffPartWayLeavesTheShorterOneItPassed() throws IOException {
        Book book = parse("", definitions(List.of("Cách mạng", "Cách mạng Tháng Mười", "Cách mạng Tháng Mười Nga")),
                "# A\n\nCách mạng Tháng Hai, Cách mạng Tháng Mười Một, Cách mạng Tháng Mười Nga, Cách mạng Tháng.\n");
        assertEquals(List.of("Cách mạng", "Cách mạng Tháng Mười", "Cách mạng Tháng Mười Nga", "Cách mạng"),
                terms(refs(book.chapters().get(0))));
    }

    @Test
    void termsAreFoundAmongHundredsOfOthersAndTermsThatOpenWithPunctuationToo() throws IOException {
        List<String> terms = new ArrayList<>(List.of("«Bánh mì»", "Phở"));
        for (int i = 1; i <= 300; i++) {
            terms.add("Thuật ngữ " + i);
        }
        Book book = parse("", definitions(terms),
                "# A\n\nĂn «Bánh mì» và Phở; Thuật ngữ 7, thuật ngữ 250 và Thuật ngữ 3000; Phởn.\n");
        assertEquals(List.of("«Bánh mì»", "Phở", "Thuật ngữ 7", "thuật ngữ 250"), terms(refs(book.chapters().get(0))));
    }

    @Test
    void headingsLinksCodeAndNotesAreLeftAlone() throws IOException {
        Book book = parse("", definitions(List.of("Soviet")),
                "# Soviet\n\n## Soviet\n\n[Soviet](https://example.org) `Soviet` *Soviet*[^n]\n\n[^n]: Soviet.\n");
        Chapter chapter = book.chapters().get(0);
        assertEquals(List.of("Soviet"), terms(refs(chapter)), "only the emphasised word in the paragraph");
        assertTrue(((Paragraph) chapter.blocks().get(1)).content().stream()
                .anyMatch(i -> i instanceof Emphasis e && e.content().get(0) instanceof GlossaryRef));
        Heading heading = (Heading) chapter.blocks().get(0);
        assertTrue(heading.content().stream().noneMatch(GlossaryRef.class::isInstance));
        assertTrue(chapter.title().stream().noneMatch(GlossaryRef.class::isInstance));
        Paragraph note = (Paragraph) chapter.footnotes().get(0).content().get(0);
        assertTrue(note.content().stream().noneMatch(GlossaryRef.class::isInstance));
    }

    @Test
    void termsInsideAnAuthorsHtmlSpansAreFoundToo() throws IOException {
        Book book = parse("", definitions(List.of("Soviet", "Duma")),
                "# A\n\nHọ hô <q>Mọi quyền lực về tay Soviet</q> và nhắc <span lang=\"ru\">Duma</span>.\n");
        assertEquals(List.of("Soviet", "Duma"), terms(refs(book.chapters().get(0))));
        assertTrue(((Paragraph) book.chapters().get(0).blocks().get(0)).content().stream()
                .anyMatch(i -> i instanceof Styled q && q.element().equals("q")
                        && q.content().stream().anyMatch(GlossaryRef.class::isInstance)));
    }

    private static List<String> terms(List<GlossaryRef> refs) {
        return refs.stream().map(r -> Inlines.plainText(r.content())).toList();
    }

    /** Every glossary use in a chapter's blocks, in reading order. */
    private static List<GlossaryRef> refs(Chapter chapter) {
        return TextWalk.inlines(chapter.blocks()).filter(GlossaryRef.class::isInstance).map(GlossaryRef.class::cast)
                .toList();
    }
}
