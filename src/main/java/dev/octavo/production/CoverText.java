package dev.octavo.production;

import dev.octavo.epub.BalancedLines;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Setting the cover's text: balanced lines as the EPUB's cover sets them, plain wrapping, lines drawn. */
final class CoverText {
    private CoverText() {
    }

    /** A part of the typographic cover: its text, face, largest and smallest size (design units) and most lines. */
    record Part(String text, PDFont font, float largest, float smallest, int maxLines) {
    }

    /** A part set in lines. */
    record Setting(List<String> lines, PDFont font, float size, float lineHeight, float ascent) {
        float height() {
            return lines.isEmpty() ? 0 : ascent + lineHeight * (lines.size() - 1);
        }
    }

    /** As the EPUB's cover sets a part: balanced lines, as large as good breaks and the most lines allow. */
    static Setting set(Part part, float measure, Locale language) throws IOException {
        if (part.text().isBlank()) {
            return new Setting(List.of(), part.font(), 0, 0, 0);
        }
        Setting best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (float size = part.largest(); size >= part.smallest(); size *= 0.96f) {
            float at = size;
            BalancedLines.Result result = new BalancedLines(s -> width(part.font(), s, at), measure, language)
                    .lines(part.text());
            boolean fits = result.lines().size() <= part.maxLines()
                    && result.lines().stream().allMatch(line -> width(part.font(), line, at) <= measure);
            double score = result.cost() + 300 * (1 - size / part.largest()) + (fits ? 0 : 10_000);
            if (score < bestScore) {
                bestScore = score;
                float ascent = part.font().getFontDescriptor().getAscent() / 1000 * size;
                float descent = Math.abs(part.font().getFontDescriptor().getDescent()) / 1000 * size;
                best = new Setting(result.lines(), part.font(), size, Math.max(size * 1.22f, ascent + descent), ascent);
            }
        }
        return best;
    }

    /** Draws the lines centred on {@code centre}, the first line's top at {@code top}. */
    static void draw(PDPageContentStream content, Setting setting, float centre, float top) throws IOException {
        float baseline = top - setting.ascent();
        for (String line : setting.lines()) {
            text(content, setting.font(), setting.size(), line, centre - width(setting.font(), line, setting.size()) / 2,
                    baseline);
            baseline -= setting.lineHeight();
        }
    }

    /** The text in lines no wider than the measure, broken at spaces (a word wider than it stands alone). */
    static List<String> wrap(PDFont font, String text, float size, float measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\s*\\n\\s*")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                String longer = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(font, longer, size) > measure) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(longer);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** One line, its baseline's left end at (x, y). */
    static void text(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The face's capital height, as a fraction of the size; 0.7 when the font does not say. */
    static float capHeight(PDFont font) {
        float cap = font.getFontDescriptor().getCapHeight();
        return (cap > 0 ? cap : 700) / 1000;
    }
}
