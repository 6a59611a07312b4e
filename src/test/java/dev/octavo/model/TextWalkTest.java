package dev.octavo.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one walk over the text: every inline, in reading order, through every kind of block and container. */
class TextWalkTest {
    private static final Image PICTURE = new Image(new Asset(Path.of("a.png"), "images/a.png", "image/png",
            new NaturalSize(300, 200, 400, 266)), "a map", new PrintSize(100, 66.5, ""));

    @Test
    void visitsEveryInlineInReadingOrderThroughBlocksAndContainers() {
        List<Block> blocks = List.of(
                new Heading(2, "h", List.of(new Text("1"))),
                new Paragraph("p", List.of(new Text("2"), new Emphasis(List.of(new Strong(List.of(new Text("3"))))))),
                new BlockQuote(List.of(new Paragraph("q", List.of(new Link("https://example.org", List.of(new Text("4"))))))),
                new ListBlock(false, 1, List.of(new ListItem(List.of(new Paragraph("l", List.of(new Text("5"))))))),
                new Table(List.of(new Table.TableRow(List.of(new Table.TableCell("", List.of(new Text("6")))))),
                        List.of(new Table.TableRow(List.of(new Table.TableCell("", List.of(
                                new Styled("span", Map.of(), List.of(PICTURE, new Text("7"))))))))),
                new Verse("v", List.of(new Verse.Line(0, List.of(new Text("8"))), new Verse.Line(0, List.of()),
                        new Verse.Line(4, List.of(new Emphasis(List.of(new Text("9"))))))),
                new DefinitionList(List.of(
                        new DefinitionList.Entry(List.of(new DefinitionList.Term("t1", List.of(new Text("10")))),
                                List.of(new DefinitionList.Definition(List.of(new Paragraph("d1", List.of(new Text("11"))))))),
                        new DefinitionList.Entry(List.of(new DefinitionList.Term("t2", List.of(new Text("12")))),
                                List.of(new DefinitionList.Definition(List.of(new Paragraph("d2", List.of(new Text("13"))))))))));

        List<String> texts = TextWalk.inlines(blocks).filter(Text.class::isInstance).map(i -> ((Text) i).text()).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"), texts,
                "each term before its definitions, in verse every line");
        assertEquals(List.of(PICTURE), TextWalk.inlines(blocks).filter(Image.class::isInstance).toList(),
                "an image inside a styled span in a table cell is found");
        assertEquals(List.of("p", "q", "l", "d1", "d2"), TextWalk.blocks(blocks).filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).id()).toList(), "paragraphs inside a quote, a list item and definitions, in order");
    }

    @Test
    void aContainerComesBeforeItsContentAndKeepsItsKindWithNewContent() {
        Styled abbr = new Styled("abbr", Map.of("title", "Ủy ban"), List.of(new Text("UB")));
        assertEquals(List.of(abbr, new Text("UB")), TextWalk.nested(List.of(abbr)).toList());
        assertEquals(new Styled("abbr", Map.of("title", "Ủy ban"), List.of(new Text("x"))),
                abbr.withContent(List.of(new Text("x"))));
    }
}
