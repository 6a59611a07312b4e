package dev.octavo.manuscript;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.CrossRef;
import dev.octavo.model.Figure;
import dev.octavo.model.Inlines;
import dev.octavo.model.TextWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Links into the book: to chapter files, to headings by GitHub's anchor, Octavo's id or the author's {@code {#id}},
 * and to figures; forward and backward; and the exact message for each link that leads nowhere.
 */
class CrossReferenceTest {
    private static final String BOOK_YAML = "title: Thử\nlanguage: vi\nidentifier: urn:uuid:00000000-0000-0000-0000-000000000001\n";

    @TempDir
    Path project;
    Path manuscript;

    @BeforeEach
    void createManuscript() throws IOException {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        write("book.yaml", BOOK_YAML + "figures: numbered\n");
        write("images/a.png", "");
        Files.write(manuscript.resolve("images/a.png"), Pictures.png(400, 300));
    }

    private void write(String name, String text) throws IOException {
        Path file = manuscript.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Book parse() {
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
    }

    private List<String> errors() {
        ManuscriptException e = assertThrows(ManuscriptException.class, this::parse);
        return e.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.format(project)).toList();
    }

    private static List<CrossRef> references(Chapter chapter) {
        return TextWalk.inlines(chapter.blocks()).filter(CrossRef.class::isInstance).map(CrossRef.class::cast).toList();
    }

    @Test
    void linksLeadToChaptersHeadingsAndFiguresByEveryNameForwardAndBack() throws IOException {
        write("01-chu-viet.md", """
                # Chữ viết

                Xem [chương sau](02-go.md), [phần gõ](02-go.md#các-kiểu-gõ), [cùng phần](02-go.md#cac-kieu-go)
                và [phần có tên](02-go.md#telex).

                ## Dấu thanh và dấu phụ

                ![Sơ đồ âm tiết](images/a.png){#fig:am-tiet}
                """);
        write("02-go.md", """
                # Gõ tiếng Việt

                Như [phần dấu thanh](01-chu-viet.md#dấu-thanh-và-dấu-phụ), [mã hoá](01-chu-viet.md#d%E1%BA%A5u-thanh-v%C3%A0-d%E1%BA%A5u-ph%E1%BB%A5),
                [chương đầu](01-chu-viet.md), [](#fig:am-tiet), [](01-chu-viet.md#fig:am-tiet) và [dưới đây](#các-kiểu-gõ).

                ## Các kiểu gõ {#telex}

                Văn bản.
                """);
        Book book = parse();
        List<CrossRef> first = references(book.chapters().get(0));
        assertEquals(List.of("ch02/go-tieng-viet", "ch02/telex", "ch02/telex", "ch02/telex"),
                first.stream().map(r -> r.document() + "/" + r.id()).toList());
        List<CrossRef> second = references(book.chapters().get(1));
        assertEquals(List.of("ch01/dau-thanh-va-dau-phu", "ch01/dau-thanh-va-dau-phu", "ch01/chu-viet",
                "ch01/fig-am-tiet", "ch01/fig-am-tiet", "ch02/telex"),
                second.stream().map(r -> r.document() + "/" + r.id()).toList());
        // "fig:am-tiet" is a fine name to link by, but no XML id: the documents carry one made from it.
        // A link without words shows the figure's label.
        assertEquals("Hình 1.1", Inlines.plainText(second.get(3).content()));
        Figure figure = (Figure) book.chapters().get(0).blocks().stream().filter(Figure.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals("Hình 1.1", figure.label());
    }

    @Test
    void aLinkToAFileOrAnchorTheBookDoesNotHaveIsAnErrorWithASuggestion() throws IOException {
        write("01-a.md", """
                # A

                Xem [x](03-khong-co.md), [y](02-b.md#dấu-thành), [z](#khong-co) và [w](02-b.md#phu-luc).

                ## Phụ lục
                """);
        write("02-b.md", "# B\n\n## Dấu thanh\n\nChữ.\n");
        assertEquals(List.of(
                "manuscript/01-a.md:3:5: error: link '03-khong-co.md' leads to 03-khong-co.md, which is not in the manuscript",
                "manuscript/01-a.md:3:26: error: link '02-b.md#dấu-thành': 02-b.md has no heading or figure"
                        + " '#dấu-thành' (did you mean '#dấu-thanh'?)",
                "manuscript/01-a.md:3:50: error: link '#khong-co': 01-a.md has no heading or figure '#khong-co'",
                "manuscript/01-a.md:3:68: error: link '02-b.md#phu-luc': 02-b.md has no heading or figure '#phu-luc'"),
                errors());
    }

    @Test
    void anIdGivenTwiceIsAnErrorAtTheSecond() throws IOException {
        write("01-a.md", "# A {#x}\n\n## B {#x}\n\nChữ.\n");
        assertEquals(List.of("manuscript/01-a.md:3:1: error: the id '#x' is given twice (first in 01-a.md at line 1)"),
                errors());
    }

    @Test
    void bracesInProseStayTextAndOnlyFollowHeadingsAndImagesAsAttributes() throws IOException {
        write("01-a.md", "# A {#mo-dau}\n\nTập {1, 2, 3} và một {chữ lạ} ở đây.\n");
        Book book = parse();
        assertEquals("mo-dau", book.chapters().get(0).id());
        assertEquals("A", book.chapters().get(0).plainTitle());
        assertEquals("Tập {1, 2, 3} và một {chữ lạ} ở đây.",
                Inlines.plainText(((dev.octavo.model.Paragraph) book.chapters().get(0).blocks().get(0)).content()));
    }
}
