package dev.octavo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cross-reference's page number is written into the text from the layout before, so that it takes its own width:
 * openhtmltopdf lays a target-counter out as "999" and draws the real number in its place, which left a gap in the
 * line. Every space of a justified line with a cross-reference is as wide as the others, and the number sits
 * between its parentheses.
 */
class CrossReferencePrintTest {
    @TempDir
    Path project;

    @Test
    void theSpacesOfALineWithACrossReferenceAreEvenAndItsNumberSitsTight() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Tham chiếu\nlanguage: vi\nidentifier: urn:uuid:11111111-2222-3333-4444-555555555560\n");
        String words = "Chữ Quốc ngữ là hệ chữ viết chính thức của tiếng Việt, dùng các chữ cái Latinh cùng các dấu"
                + " thanh và dấu phụ để ghi âm. ";
        Files.writeString(manuscript.resolve("01-a.md"), "# Một\n\n" + words + "Và bảng nhỏ ở [phần dấu thanh](02-b.md#dấu-thanh)"
                + " liệt kê phím của từng thanh, và " + words + words + "\n", StandardCharsets.UTF_8);
        Files.writeString(manuscript.resolve("02-b.md"), "# Hai\n\n## Dấu thanh\n\n" + words + "\n",
                StandardCharsets.UTF_8);
        Path pdf = Publisher.builder().manuscript(manuscript).output(project.resolve("dist"))
                .timestamp(Instant.EPOCH).build().publish().pdf().orElseThrow();
        List<List<TextPosition>> lines = lines(pdf, "(tr.");
        assertFalse(lines.isEmpty(), "a line with a page reference");
        for (List<TextPosition> line : lines) {
            String text = text(line);
            int open = text.indexOf("(tr.");
            int close = text.indexOf(')', open);
            TextPosition digit = line.get(close - 1);
            float gap = line.get(close).getXDirAdj() - (digit.getXDirAdj() + digit.getWidthDirAdj());
            assertTrue(Math.abs(gap) < 0.5, "the page number is followed by its parenthesis: " + gap + " pt in " + text);
            List<Float> spaces = spaces(line);
            float min = spaces.stream().min(Float::compare).orElseThrow();
            float max = spaces.stream().max(Float::compare).orElseThrow();
            assertTrue(max - min < 0.6, "every space of the line as wide as the others: " + spaces + " in " + text);
        }
        assertEquals(1, lines.size());
    }

    /** The lines of the PDF that contain the text, glyph by glyph in visual order. */
    private static List<List<TextPosition>> lines(Path pdf, String wanted) throws IOException {
        List<List<TextPosition>> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                private final List<TextPosition> line = new ArrayList<>();

                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    line.addAll(positions);
                }

                @Override
                protected void writeLineSeparator() throws IOException {
                    if (text(line).contains(wanted)) {
                        found.add(new ArrayList<>(line));
                    }
                    line.clear();
                    super.writeLineSeparator();
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        return found;
    }

    private static String text(List<TextPosition> line) {
        StringBuilder out = new StringBuilder();
        line.forEach(p -> out.append(p.getUnicode()));
        return out.toString();
    }

    /** The width of each word gap: from the glyph before a space glyph to the glyph after it, as LineSpacing measures. */
    private static List<Float> spaces(List<TextPosition> line) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i + 1 < line.size(); i++) {
            if (" ".equals(line.get(i).getUnicode())) {
                TextPosition before = line.get(i - 1);
                gaps.add(line.get(i + 1).getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj()));
            }
        }
        return gaps;
    }
}
