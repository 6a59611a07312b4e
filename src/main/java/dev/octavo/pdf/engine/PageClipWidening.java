package dev.octavo.pdf.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes room on each page for the characters that hang into the margins (optical margins, {@link ComposedLines}).
 * openhtmltopdf clips everything it draws on a page to the page's content area (PdfBoxRenderer.paintPageFast
 * pushes {@code PageBox.getPrintClippingBounds}), so a full stop set half outside the measure would be cut in half.
 * The clip is the first thing drawn after the page's margin boxes: a rectangle path, written by openhtmltopdf as
 * {@code q}, five points ({@code m}, four {@code l}), {@code h W n}. Its left and right sides are moved out by the
 * widest hang of the document; nothing else changes.
 *
 * <p>Works on the page's uncompressed contents, which the renderer leaves so (test mode) for
 * {@link dev.octavo.pdf.finish.EmptyArtifacts} to tidy and compress. If openhtmltopdf ever writes its clip
 * otherwise, the page is left as it is and {@code OpticalMarginsTest} fails: it finds the hanging characters
 * outside the clip.
 */
final class PageClipWidening {
    private static final String NUMBER = "(-?\\d+(?:\\.\\d+)?)";
    private static final String POINT = NUMBER + " " + NUMBER;
    private static final Pattern CLIP = Pattern.compile("(?m)^q\\n" + POINT + " m\\n" + POINT + " l\\n" + POINT
            + " l\\n" + POINT + " l\\n" + POINT + " l\\nh\\nW\\nn\\n");

    /** How far into a page its clip is looked for first: past the margin boxes' running heads and folio. */
    private static final int NEAR_THE_START = 4096;

    private PageClipWidening() {
    }

    /**
     * The page's contents with its content clip widened by {@code points} on the left and on the right; the same
     * array when it has no such clip.
     */
    static byte[] widen(byte[] contents, float points) {
        if (points <= 0) {
            return contents;
        }
        // The clip follows the margin boxes' few operators: looked for near the start, else in the whole page.
        Matcher clip = find(contents, Math.min(contents.length, NEAR_THE_START));
        if (clip == null && contents.length > NEAR_THE_START) {
            clip = find(contents, contents.length);
        }
        if (clip == null) {
            return contents;
        }
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (int i = 1; i <= 10; i += 2) {
            double x = Double.parseDouble(clip.group(i));
            left = Math.min(left, x);
            right = Math.max(right, x);
        }
        StringBuilder path = new StringBuilder("q\n");
        for (int i = 1; i <= 10; i += 2) {
            double x = Double.parseDouble(clip.group(i));
            double moved = x == left ? x - points : x == right ? x + points : x;
            path.append(format(moved)).append(' ').append(clip.group(i + 1)).append(i == 1 ? " m\n" : " l\n");
        }
        byte[] widened = path.append("h\nW\nn\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[contents.length - (clip.end() - clip.start()) + widened.length];
        System.arraycopy(contents, 0, out, 0, clip.start());
        System.arraycopy(widened, 0, out, clip.start(), widened.length);
        System.arraycopy(contents, clip.end(), out, clip.start() + widened.length, contents.length - clip.end());
        return out;
    }

    /** The clip in the first {@code length} bytes; null when there is none. */
    private static Matcher find(byte[] contents, int length) {
        // Latin-1 maps each byte to one char: offsets in the text are offsets in the bytes.
        Matcher clip = CLIP.matcher(new String(contents, 0, length, StandardCharsets.ISO_8859_1));
        return clip.find() ? clip : null;
    }

    /** As PDFBox writes a coordinate: at most five decimals, no trailing zeros. */
    private static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
