package dev.octavo.testing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How evenly a PDF's justified text is spaced, whatever engine made it: the measure of ../shared/tools/
 * LineSpacing.java, which the typography issue's figures come from. Lines at the body size that reach the right
 * edge of their page's type area (the rightmost end of the page's body lines, less 3 pt for hanging punctuation)
 * are full justified lines; each word gap is divided by the font's own space width, and a line's figure is the
 * mean over its gaps.
 */
public final class JustifiedSpacing extends PDFTextStripper {
    /** One measured line; {@code hyphen} when it ends with a hyphen (a divided word). */
    public record Line(int page, float y, float right, float gapRatio, boolean hyphen, String text) {
    }

    /**
     * The figures over the full lines: median, 95th percentile and widest mean gap; the shares (in %) of lines over
     * 1.5 and over 2 spaces and of hyphenated lines; pages whose last body line ends with a divided word.
     */
    public record Figures(int lines, double median, double p95, double max, double loose, double veryLoose,
                          double hyphenated, int pagesEndingHyphenated, List<Line> widest) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d full lines, gap/space median %.2f, p95 %.2f, max %.2f; loose (>1.5)"
                            + " %.1f%%, very loose (>2) %.1f%%, hyphenated %.1f%%, pages ending in a divided word %d",
                    lines, median, p95, max, loose, veryLoose, hyphenated, pagesEndingHyphenated);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    /** Every page's last line at the body size, whatever its length: does it end in a hyphen. */
    private final Map<Integer, Line> lastOnPage = new HashMap<>();
    private final float body;
    private int page;

    private JustifiedSpacing(float body) throws IOException {
        this.body = body;
        setSortByPosition(true);
    }

    public static Figures measure(Path pdf, float bodySize) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            JustifiedSpacing stripper = new JustifiedSpacing(bodySize);
            stripper.getText(document);
            return stripper.figures();
        }
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
        page = getCurrentPageNo();
        super.startPage(p);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        int inBody = 0;
        for (TextPosition t : positions) {
            if (Math.abs(t.getFontSizeInPt() - body) < 0.3f) {
                inBody++;
            }
        }
        if (positions.isEmpty() || inBody < positions.size() * 0.8) {
            return;
        }
        TextPosition end = positions.get(positions.size() - 1);
        Line any = new Line(page, positions.get(0).getYDirAdj(), end.getXDirAdj() + end.getWidthDirAdj(), 0,
                isHyphen(end.getUnicode()), text);
        lastOnPage.merge(page, any, (a, b) -> b.y() > a.y() ? b : a);
        if (positions.size() < 20) {
            return;
        }
        double sum = 0;
        int gaps = 0;
        // Engines that draw no space glyph: a gap wider than half a space between two glyphs is a word space.
        for (int i = 1; i < positions.size(); i++) {
            TextPosition a = positions.get(i - 1);
            TextPosition b = positions.get(i);
            float space = a.getWidthOfSpace();
            if (space <= 0 || Math.abs(a.getYDirAdj() - b.getYDirAdj()) > 1
                    || " ".equals(a.getUnicode()) || " ".equals(b.getUnicode())) {
                continue;
            }
            float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
            if (gap > space * 0.5f) {
                sum += gap / space;
                gaps++;
            }
        }
        // Engines that draw spaces: from the glyph before the space to the glyph after it.
        for (int i = 1; i + 1 < positions.size(); i++) {
            TextPosition s = positions.get(i);
            if (!" ".equals(s.getUnicode())) {
                continue;
            }
            TextPosition a = positions.get(i - 1);
            TextPosition b = positions.get(i + 1);
            float space = s.getWidthOfSpace() > 0 ? s.getWidthOfSpace() : a.getWidthOfSpace();
            if (space > 0) {
                sum += (b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj())) / space;
                gaps++;
            }
        }
        if (gaps < 3) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        lines.add(new Line(page, first.getYDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), (float) (sum / gaps),
                isHyphen(last.getUnicode()), text));
    }

    private static boolean isHyphen(String text) {
        return text.equals("-") || text.equals("\u00ad") || text.equals("\u2010");
    }

    private static List<Line> widest(List<Line> sorted) {
        List<Line> widest = new ArrayList<>(sorted.subList(Math.max(0, sorted.size() - 5), sorted.size()));
        java.util.Collections.reverse(widest);
        return List.copyOf(widest);
    }

    private Figures figures() {
        Map<Integer, Float> edge = new HashMap<>();
        for (Line l : lines) {
            edge.merge(l.page(), l.right(), Math::max);
        }
        List<Line> full = new ArrayList<>();
        for (Line l : lines) {
            if (l.right() >= edge.get(l.page()) - 3.0f) {
                full.add(l);
            }
        }
        if (full.isEmpty()) {
            throw new IllegalStateException("no justified lines found");
        }
        full.sort((a, b) -> Float.compare(a.gapRatio(), b.gapRatio()));
        int n = full.size();
        long loose = full.stream().filter(l -> l.gapRatio() > 1.5f).count();
        long very = full.stream().filter(l -> l.gapRatio() > 2f).count();
        long hyphenated = full.stream().filter(Line::hyphen).count();
        int endingHyphenated = (int) lastOnPage.values().stream().filter(Line::hyphen).count();
        return new Figures(n, full.get(n / 2).gapRatio(), full.get((int) (n * 0.95)).gapRatio(),
                full.get(n - 1).gapRatio(), 100.0 * loose / n, 100.0 * very / n, 100.0 * hyphenated / n,
                endingHyphenated, widest(full));
    }
}
