package dev.octavo.epub;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Metadata;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a cover for a book whose book.yaml names no cover image: title, subtitle and authors in the book's own
 * fonts, centred and broken into balanced lines, light on a dark ground. The PNG depends only on the metadata and
 * the fonts (no clock, no platform fonts), so a rebuild gives the same bytes.
 */
final class TypographicCover {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2400;
    private static final int MARGIN = 190;
    private static final float RULE_SPACE = 200;
    private static final Color GROUND = new Color(0x1F2B38);
    private static final Color INK = new Color(0xF5EFE3);
    private static final Color ACCENT = new Color(0xC9A45C);
    /** What setting a part at its smallest size costs, against the line-break costs of {@link BalancedLines}. */
    private static final double SMALLER_SIZE_COST = 300;

    /** What the cover shows, and at what size each part starts before it is shrunk to fit. */
    private record Part(String text, Font font, float largest, float smallest, int maxLines) {
    }

    /** A part set in lines at the size that fits. */
    private record Typeset(List<TextLayout> lines, float lineHeight, float ascent) {
        float height() {
            return lines.isEmpty() ? 0 : ascent + lineHeight * (lines.size() - 1);
        }
    }

    byte[] render(Metadata metadata, FontSet fonts) {
        Headless.ensure();
        CoverTypefaces faces = CoverTypefaces.from(fonts);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(GROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.setStroke(new BasicStroke(4f));
            g.drawRect(70, 70, WIDTH - 140, HEIGHT - 140);

            FontRenderContext frc = g.getFontRenderContext();
            Locale language = metadata.language();
            Typeset title = set(new Part(metadata.title(), faces.title(), 150, 64, 5), frc, language);
            Typeset subtitle = set(new Part(metadata.subtitle(), faces.subtitle(), 70, 40, 4), frc, language);
            Typeset author = set(new Part(metadata.creatorNames(), faces.author(), 76, 44, 3), frc, language);

            // Title, rule and subtitle form one block, centred on the upper golden section of the page.
            float block = title.height() + RULE_SPACE + subtitle.height();
            float y = Math.max(MARGIN + 80, HEIGHT * 0.38f - block / 2);
            g.setColor(INK);
            draw(g, title, y);
            y += title.height() + RULE_SPACE / 2;
            g.setColor(ACCENT);
            g.draw(new Line2D.Float(WIDTH / 2f - 130, y, WIDTH / 2f + 130, y));
            g.setColor(INK);
            y += RULE_SPACE / 2;
            draw(g, subtitle, y);
            draw(g, author, HEIGHT - 300 - author.height());
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the cover as PNG", e);
        }
        return png.toByteArray();
    }

    /**
     * The best setting of a part between its largest and smallest size: at most maxLines lines within the measure,
     * good breaks (see {@link BalancedLines}), and as large as those allow, since a smaller size costs too.
     */
    private static Typeset set(Part part, FontRenderContext frc, Locale language) {
        if (part.text().isBlank()) {
            return new Typeset(List.of(), 0, 0);
        }
        float measure = WIDTH - 2f * MARGIN;
        Typeset best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (float size = part.largest(); size >= part.smallest(); size *= 0.96f) {
            Font font = part.font().deriveFont(Map.of(TextAttribute.SIZE, size,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
            BalancedLines.Result result = new BalancedLines(s -> new TextLayout(s, font, frc).getAdvance(), measure,
                    language).lines(part.text());
            List<TextLayout> layouts = result.lines().stream().map(s -> new TextLayout(s, font, frc)).toList();
            boolean fits = result.lines().size() <= part.maxLines() && layouts.stream().allMatch(l -> l.getAdvance() <= measure);
            double score = result.cost() + SMALLER_SIZE_COST * (1 - size / part.largest()) + (fits ? 0 : 10_000);
            if (score < bestScore) {
                bestScore = score;
                LineMetrics metrics = font.getLineMetrics("Ẩ", frc);
                // Vietnamese stacks a tone mark above a vowel mark: the line must clear the tallest capital.
                float lineHeight = Math.max(size * 1.22f, metrics.getAscent() + metrics.getDescent());
                best = new Typeset(layouts, lineHeight, metrics.getAscent());
            }
        }
        return best;
    }

    private static void draw(Graphics2D g, Typeset set, float top) {
        float baseline = top + set.ascent();
        for (TextLayout line : set.lines()) {
            line.draw(g, (WIDTH - line.getAdvance()) / 2f, baseline);
            baseline += set.lineHeight();
        }
    }
}
