package dev.octavo.manuscript;

import dev.octavo.model.NaturalSize;
import dev.octavo.model.PageLayout;
import dev.octavo.model.PrintSize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how large an image prints: inside the type area, whole, its proportions kept. An image is never set
 * larger than its natural size (its pixels at its resolution), unless the author asks for a width
 * ({@code {width=60%}} of the text's width, or a length); never wider than the measure; never taller than the
 * type area less its caption, so that a figure and its caption always fit on one page.
 *
 * <p>The caption's height is not known before layout; it is reckoned high (an average letter half its size
 * wide, a line more than it needs), which can only leave a tall figure a little smaller than it could be.
 */
final class ImageFit {
    private static final double MM_PER_PT = 25.4 / 72;
    private static final Pattern LENGTH = Pattern.compile("([0-9]*\\.?[0-9]+)\\s*(%|mm|cm|in|pt|px)");
    // The house style's figure: 4 mm above and below, the caption 2 mm under the image in 8.5 pt type, 1.3 leading.
    private static final double FIGURE_MARGINS_MM = 8;
    private static final double CAPTION_GAP_MM = 2;
    private static final double CAPTION_SIZE_PT = 8.5;
    private static final double CAPTION_LINE_MM = CAPTION_SIZE_PT * 1.3 * MM_PER_PT;
    /** Room left above and below an image in a line of text. */
    private static final double INLINE_MARGIN_MM = 10;

    /** A width an author asked for: a share of the measure, or a length in millimetres. */
    record AskedWidth(double value, boolean share) {
    }

    private final PageLayout page;

    ImageFit(PageLayout page) {
        this.page = page;
    }

    /**
     * The width an author wrote, or null when it is none of the forms a width takes
     * ({@code 60%}, {@code 50mm}, {@code 5cm}, {@code 2in}, {@code 144pt}, {@code 300px}).
     */
    static AskedWidth width(String written) {
        Matcher m = LENGTH.matcher(written.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1));
        if (!(value > 0)) {
            return null;
        }
        return switch (m.group(2)) {
            case "%" -> new AskedWidth(value / 100, true);
            case "mm" -> new AskedWidth(value, false);
            case "cm" -> new AskedWidth(value * 10, false);
            case "in" -> new AskedWidth(value * 25.4, false);
            case "pt" -> new AskedWidth(value * MM_PER_PT, false);
            default -> new AskedWidth(value * 0.75 * MM_PER_PT, false); // CSS pixels, 96 to the inch
        };
    }

    /**
     * @param asked        the author's width, or null
     * @param captionChars the caption's length in characters; -1 for an image in a line of text
     */
    PrintSize fit(NaturalSize natural, AskedWidth asked, int captionChars) {
        double measure = page.typeWidthMm();
        double ratio = natural.heightPt() / natural.widthPt();
        double width = asked == null ? natural.widthPt() * MM_PER_PT
                : asked.share() ? asked.value() * measure : asked.value();
        double maxHeight = captionChars < 0 ? page.typeHeightMm() - INLINE_MARGIN_MM
                : page.typeHeightMm() - captionReserve(captionChars, measure);
        width = Math.min(width, measure);
        width = Math.min(width, maxHeight / ratio);
        double height = width * ratio;
        String epubWidth = asked == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * width / measure);
        return new PrintSize(round(width), round(height), epubWidth);
    }

    /** The resolution the image prints at: its pixels over its printed width; infinite for a drawing. */
    static double printedPpi(NaturalSize natural, PrintSize print) {
        if (natural.isVector()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.min(natural.pixelsWide() / (print.widthMm() / 25.4), natural.pixelsHigh() / (print.heightMm() / 25.4));
    }

    private double captionReserve(int chars, double measure) {
        if (chars == 0) {
            return FIGURE_MARGINS_MM;
        }
        double averageLetter = CAPTION_SIZE_PT * 0.5 * MM_PER_PT;
        int lines = (int) Math.ceil(chars * averageLetter / measure) + 1;
        return FIGURE_MARGINS_MM + CAPTION_GAP_MM + lines * CAPTION_LINE_MM;
    }

    /** Hundredths of a millimetre: the same size whatever the arithmetic before, and short in the documents. */
    private static double round(double mm) {
        return Math.max(0.01, Math.floor(mm * 100) / 100);
    }
}
