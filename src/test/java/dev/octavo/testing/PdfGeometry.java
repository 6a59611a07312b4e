package dev.octavo.testing;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a PDF page draws, and where, read with PDFBox's graphics stream engine (independent of how Octavo wrote
 * it): the box of every image (through the current transformation matrix), of every filled or stroked path, and of
 * every glyph, in the page's default user space (points, y upwards). Form XObjects (Batik's SVG drawings, for
 * one) are read through, so what they draw counts where it lands on the page. Images and glyphs count whole, even
 * where a clipping path hides a part of them (a figure or a line cut by the clip has lost something); paths count
 * for what the clip lets through (openhtmltopdf paints a table's borders where its clip hides them).
 *
 * <p>And what a printer checks on it: whether everything lies inside the type area, and how full the type area is.
 */
public final class PdfGeometry {
    /** The house margins of an A5 page, in millimetres (README, "The printed book"; {@code PageLayout}). */
    public static final double TOP_MM = 17;
    public static final double BOTTOM_MM = 20;
    public static final double INNER_MM = 19;
    public static final double OUTER_MM = 14;
    public static final double PT_PER_MM = 72 / 25.4;
    /** Body text: 10 pt on a 1.42 leading. */
    public static final double BODY_LINE = 10 * 1.42;

    private PdfGeometry() {
    }

    /** A rectangle in user space, y upwards. */
    public record Box(double x0, double y0, double x1, double y1) {
        public static Box of(Rectangle2D r) {
            return new Box(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
        }

        public double width() {
            return x1 - x0;
        }

        public double height() {
            return y1 - y0;
        }

        public boolean within(Box outer, double tolerance) {
            return x0 >= outer.x0 - tolerance && x1 <= outer.x1 + tolerance && y0 >= outer.y0 - tolerance
                    && y1 <= outer.y1 + tolerance;
        }

        public boolean intersects(Box other) {
            return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
        }

        public Box union(Box other) {
            return new Box(Math.min(x0, other.x0), Math.min(y0, other.y0), Math.max(x1, other.x1), Math.max(y1, other.y1));
        }

        public double centreX() {
            return (x0 + x1) / 2;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "[%.1f %.1f %.1f %.1f]", x0, y0, x1, y1);
        }
    }

    /**
     * An image drawn on the page.
     *
     * @param pixelsWide the image's own size in pixels
     */
    public record DrawnImage(Box box, int pixelsWide, int pixelsHigh, String filter) {
    }

    public record DrawnPath(Box box, boolean filled, boolean stroked) {
    }

    /**
     * A glyph: its advance box (from the baseline, 0.25 of the size below it to 0.75 above), its text, its size,
     * and the bounds of the clipping path it was drawn in.
     */
    public record Glyph(Box box, String text, double size, double baseline, Box clip) {
    }

    /** Everything one page draws. */
    public record Page(int index, Box trim, List<DrawnImage> images, List<DrawnPath> paths, List<Glyph> glyphs) {
        /** Right-hand pages (recto) are the odd page numbers: index 0, 2, 4… */
        public boolean isRightHand() {
            return index % 2 == 0;
        }

        /**
         * The type area: the trim box less the A5 margins, the inner margin at the binding (left on a right-hand
         * page, right on a left-hand one).
         */
        public Box typeArea() {
            double left = (isRightHand() ? INNER_MM : OUTER_MM) * PT_PER_MM;
            double right = (isRightHand() ? OUTER_MM : INNER_MM) * PT_PER_MM;
            return new Box(trim.x0 + left, trim.y0 + BOTTOM_MM * PT_PER_MM, trim.x1 - right,
                    trim.y1 - TOP_MM * PT_PER_MM);
        }

        public boolean isBlank() {
            return images.isEmpty() && paths.isEmpty() && glyphs.isEmpty();
        }

        /** A punctuation mark standing out of the measure's side by no more than it may hang (Protrusion). */
        private static boolean hangs(Glyph glyph, Box area, double tolerance) {
            Box box = glyph.box();
            if (glyph.text().codePointCount(0, glyph.text().length()) != 1 || box.y0 < area.y0 - tolerance
                    || box.y1 > area.y1 + tolerance) {
                return false;
            }
            int c = glyph.text().codePointAt(0);
            double width = box.x1 - box.x0;
            return box.x0 >= area.x0 - dev.octavo.compose.Protrusion.atStart(c) * width - tolerance
                    && box.x1 <= area.x1 + dev.octavo.compose.Protrusion.atEnd(c) * width + tolerance;
        }

        /**
         * The lines of text that stand wholly in the top or bottom margin: the running head and the folio, if the
         * page is right. Each as its text with white space squeezed out.
         */
        public List<List<Glyph>> marginLines() {
            Box area = typeArea();
            List<Glyph> inMargin = glyphs.stream().filter(g -> g.box().y0 >= area.y1 || g.box().y1 <= area.y0).toList();
            return lines(inMargin);
        }

        /**
         * Every image, path and glyph that crosses the type area's edge, except the lines wholly in the top or
         * bottom margin whose text {@code furniture} accepts (a running head, a folio), and the punctuation that
         * hangs into the side margins (optical margins) by no more than its share of its width.
         */
        public List<String> outsideTypeArea(double tolerance, java.util.function.Predicate<String> furniture) {
            Box area = typeArea();
            java.util.Set<Glyph> allowed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (List<Glyph> line : marginLines()) {
                if (furniture.test(Squeezed.of(line).text())) {
                    allowed.addAll(line);
                }
            }
            List<String> outside = new ArrayList<>();
            for (DrawnImage image : images) {
                if (!image.box().within(area, tolerance)) {
                    outside.add("image " + image.pixelsWide() + "x" + image.pixelsHigh() + " at " + image.box());
                }
            }
            for (DrawnPath path : paths) {
                if (!path.box().within(area, tolerance)) {
                    outside.add("path at " + path.box());
                }
            }
            StringBuilder text = new StringBuilder();
            Box textBox = null;
            for (Glyph glyph : glyphs) {
                if (!allowed.contains(glyph) && !glyph.box().within(area, tolerance) && !hangs(glyph, area, tolerance)) {
                    text.append(glyph.text());
                    textBox = textBox == null ? glyph.box() : textBox.union(glyph.box());
                }
            }
            if (textBox != null) {
                outside.add("text '" + text + "' at " + textBox);
            }
            if (!outside.isEmpty()) {
                outside.add(0, "page index " + index + ", type area " + area + ":");
            }
            return outside;
        }

        /**
         * The share of the type area's height that is filled: the union of the vertical extents of text lines,
         * images and paths inside it, where gaps smaller than {@code mergeGap} points (the leading between lines,
         * the space around a heading) count as filled.
         */
        public double fill(double mergeGap) {
            Box area = typeArea();
            List<double[]> spans = new ArrayList<>();
            for (DrawnImage image : images) {
                spans.add(new double[] {image.box().y0, image.box().y1});
            }
            for (DrawnPath path : paths) {
                spans.add(new double[] {path.box().y0, path.box().y1});
            }
            for (Glyph glyph : glyphs) {
                if (!glyph.text().isBlank()) {
                    spans.add(new double[] {glyph.box().y0, glyph.box().y1});
                }
            }
            spans.replaceAll(s -> new double[] {Math.max(s[0], area.y0), Math.min(s[1], area.y1)});
            spans.removeIf(s -> s[1] <= s[0]);
            spans.sort(Comparator.comparingDouble(s -> s[0]));
            double filled = 0;
            double start = Double.NaN;
            double end = Double.NaN;
            for (double[] span : spans) {
                if (Double.isNaN(start)) {
                    start = span[0];
                    end = span[1];
                } else if (span[0] - end < mergeGap) {
                    end = Math.max(end, span[1]);
                } else {
                    filled += end - start;
                    start = span[0];
                    end = span[1];
                }
            }
            if (!Double.isNaN(start)) {
                filled += end - start;
            }
            return filled / area.height();
        }

        /** The page's glyphs of at least {@code minSize} points, in reading order: lines top down, left to right. */
        public List<Glyph> readingOrder(double minSize) {
            List<Glyph> ordered = new ArrayList<>();
            lines(glyphs.stream().filter(g -> g.size() >= minSize).toList()).forEach(ordered::addAll);
            return ordered;
        }
    }

    /**
     * Glyphs grouped into lines by their baselines, top down, each line left to right. A glyph whose baseline is
     * within 30 % of its size (3 pt at most) of the line's first one is on that line.
     */
    public static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> kept = new ArrayList<>(glyphs);
        kept.sort(Comparator.comparingDouble((Glyph g) -> -g.baseline()));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph glyph : kept) {
            List<Glyph> line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (line == null || line.get(0).baseline() - glyph.baseline() > Math.min(3, glyph.size() * 0.3)) {
                line = new ArrayList<>();
                lines.add(line);
            }
            line.add(glyph);
        }
        lines.forEach(line -> line.sort(Comparator.comparingDouble(g -> g.box().x0)));
        return lines;
    }

    /**
     * A line's text, a space wherever a gap between two glyphs is wider than a tenth of their size (engines that
     * justify by moving words draw no space glyphs).
     */
    public static String text(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : line) {
            if (previous != null && glyph.box().x0() - previous.box().x1() > 0.1 * glyph.size()
                    && !previous.text().isBlank() && !glyph.text().isBlank()) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString().strip();
    }

    /**
     * The words divided at line ends, each as the letters before its hyphen and the letters the next line begins
     * with, from lines in reading order.
     */
    public static List<String[]> dividedWords(List<List<Glyph>> lines) {
        List<String[]> divided = new ArrayList<>();
        java.util.regex.Pattern tail = java.util.regex.Pattern.compile("(\\p{L}+)-$");
        java.util.regex.Pattern head = java.util.regex.Pattern.compile("^(\\p{L}+)");
        for (int i = 0; i + 1 < lines.size(); i++) {
            java.util.regex.Matcher before = tail.matcher(text(lines.get(i)));
            java.util.regex.Matcher after = head.matcher(text(lines.get(i + 1)));
            if (before.find() && after.find()) {
                divided.add(new String[] {before.group(1), after.group(1)});
            }
        }
        return divided;
    }

    /** Every page of the document. */
    public static List<Page> read(PDDocument document) throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(read(document, i));
        }
        return pages;
    }

    public static Page read(PDDocument document, int index) throws IOException {
        PDPage page = document.getPage(index);
        Engine engine = new Engine(page);
        engine.processPage(page);
        PDRectangle trim = page.getTrimBox();
        return new Page(index, new Box(trim.getLowerLeftX(), trim.getLowerLeftY(), trim.getUpperRightX(),
                trim.getUpperRightY()), List.copyOf(engine.images), List.copyOf(engine.paths), List.copyOf(engine.glyphs));
    }

    /** Glyphs with the whole text they spell with white space squeezed out, and where each character came from. */
    public record Squeezed(String text, List<Glyph> glyphs) {
        public static Squeezed of(List<Glyph> ordered) {
            StringBuilder text = new StringBuilder();
            List<Glyph> origin = new ArrayList<>();
            for (Glyph glyph : ordered) {
                String t = glyph.text().replaceAll("[\\s\u00A0]+", "");
                for (int i = 0; i < t.length(); i++) {
                    text.append(t.charAt(i));
                    origin.add(glyph);
                }
            }
            return new Squeezed(text.toString(), origin);
        }

        /** The glyphs of the characters [from, to). */
        public List<Glyph> glyphs(int from, int to) {
            return glyphs.subList(from, to);
        }
    }

    private static final class Engine extends PDFGraphicsStreamEngine {
        final List<DrawnImage> images = new ArrayList<>();
        final List<DrawnPath> paths = new ArrayList<>();
        final List<Glyph> glyphs = new ArrayList<>();
        private Rectangle2D current;
        /** The path as drawn, kept for a clip (W … n), which this engine must apply to the graphics state itself. */
        private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
        private int clipRule = -1;
        private Point2D.Float point = new Point2D.Float();

        Engine(PDPage page) {
            super(page);
        }

        private void add(double x, double y) {
            if (current == null) {
                current = new Rectangle2D.Double(x, y, 0, 0);
            } else {
                current.add(x, y);
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
                add(p.getX(), p.getY());
            }
            path.moveTo(p0.getX(), p0.getY());
            path.lineTo(p1.getX(), p1.getY());
            path.lineTo(p2.getX(), p2.getY());
            path.lineTo(p3.getX(), p3.getY());
            path.closePath();
            point = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            Rectangle2D box = null;
            for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
                if (box == null) {
                    box = new Rectangle2D.Double(p.x, p.y, 0, 0);
                } else {
                    box.add(p);
                }
            }
            String filter = image instanceof PDImageXObject x && x.getCOSObject().getDictionaryObject(COSName.FILTER) != null
                    ? x.getCOSObject().getDictionaryObject(COSName.FILTER).toString() : "";
            // The whole image, clip or no clip: a figure cut by the page's clip has lost a part of itself.
            images.add(new DrawnImage(Box.of(box), image.getWidth(), image.getHeight(), filter));
        }

        @Override
        public void clip(int windingRule) {
            // Applied when the path ends (n, or a painting operator), as PDF says.
            clipRule = windingRule;
        }

        @Override
        public void moveTo(float x, float y) {
            add(x, y);
            path.moveTo(x, y);
            point = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            add(x, y);
            path.lineTo(x, y);
            point = new Point2D.Float(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            // The control points bound the curve: a box a little large, never too small.
            add(x1, y1);
            add(x2, y2);
            add(x3, y3);
            path.curveTo(x1, y1, x2, y2, x3, y3);
            point = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return point;
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void endPath() {
            finish();
        }

        /** The path is used up: a pending clip narrows the clipping path, and the next path starts empty. */
        private void finish() {
            if (clipRule >= 0) {
                path.setWindingRule(clipRule);
                getGraphicsState().intersectClippingPath(path);
                clipRule = -1;
            }
            path.reset();
            current = null;
        }

        private void painted(boolean fill, boolean stroke) {
            if (current != null) {
                double half = stroke ? getGraphicsState().getLineWidth() / 2 : 0;
                // A stroke's width is in user space units of the CTM; its scale is near enough for a bound.
                half *= Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX());
                Box visible = clipped(new Rectangle2D.Double(current.getMinX() - half, current.getMinY() - half,
                        current.getWidth() + 2 * half, current.getHeight() + 2 * half));
                if (visible != null) {
                    paths.add(new DrawnPath(visible, fill, stroke));
                }
            }
            finish();
        }

        /**
         * What of a box the clipping path lets through (bounds of both): null when nothing, as for a border that
         * openhtmltopdf paints where its clip hides it.
         */
        private Box clipped(Rectangle2D box) {
            Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
            double x0 = Math.max(box.getMinX(), clip.getMinX());
            double y0 = Math.max(box.getMinY(), clip.getMinY());
            double x1 = Math.min(box.getMaxX(), clip.getMaxX());
            double y1 = Math.min(box.getMaxY(), clip.getMaxY());
            return x1 < x0 || y1 < y0 ? null : new Box(x0, y0, x1, y1);
        }

        @Override
        public void strokePath() {
            painted(false, true);
        }

        @Override
        public void fillPath(int windingRule) {
            painted(true, false);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            painted(true, true);
        }

        @Override
        public void shadingFill(COSName shadingName) {
            Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
            paths.add(new DrawnPath(Box.of(clip), true, false));
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            super.showGlyph(trm, font, code, displacement);
            String text = font.toUnicode(code);
            double size = Math.abs(trm.getScalingFactorY());
            double x = trm.getTranslateX();
            double baseline = trm.getTranslateY();
            double advance = displacement.getX() * trm.getScalingFactorX();
            glyphs.add(new Glyph(new Box(x, baseline - 0.25 * size, x + advance, baseline + 0.75 * size),
                    text == null ? "\uFFFD" : text, size, baseline,
                    Box.of(getGraphicsState().getCurrentClippingPath().getBounds2D())));
        }
    }
}
