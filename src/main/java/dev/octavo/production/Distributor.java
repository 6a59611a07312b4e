package dev.octavo.production;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A print-on-demand distributor's published rules for a black-and-white paperback, as data: what {@code print:} in
 * book.yaml checks the book against ({@link DistributorRules}). Lengths in inches, as the distributors publish them.
 *
 * @param name            the name book.yaml uses, lower case
 * @param label           the name messages use
 * @param trims           the standard trim sizes, width by height
 * @param custom          the range of custom trims accepted besides them; empty when only the standard ones are
 * @param gutter          the least inside margin by page count, in ascending steps
 * @param outside         the least outside, top and bottom margin without bleed
 * @param outsideBleeding the same with bleed
 * @param bleed           the bleed a page that has one must have
 * @param minPages        the fewest pages accepted
 * @param maxPages        the most pages accepted (on white paper: the most of any trim)
 * @param minPpi          the least resolution of an image on paper
 */
public record Distributor(String name, String label, List<Trim> trims, Optional<CustomTrims> custom,
                          List<GutterStep> gutter, double outside, double outsideBleeding, double bleed,
                          int minPages, int maxPages, double minPpi) {
    /** A trim size in inches. */
    public record Trim(double width, double height) {
        String shown() {
            return inches(width) + " x " + inches(height) + " in";
        }
    }

    /** The range of custom trim sizes, in inches. */
    public record CustomTrims(double minWidth, double maxWidth, double minHeight, double maxHeight) {
    }

    /** The least inside margin of a book of up to {@code maxPages} pages. */
    public record GutterStep(int maxPages, double inches) {
    }

    // Amazon KDP, "Set Trim Size, Bleed, and Margins" and "Print Options" (kdp.amazon.com/en_US/help/topic/GVBQ3CMEQW3W8VZE
    // and G201834180). This machine reaches no live page: the numbers are KDP's as public guides quote them
    // (senswriter.com/guides/book-trim-size-margins, minjeegan.com/kdp-page-formatting-guide-tool), read on 2026-12-08;
    // check them against KDP's page when they change. Paperback trims, custom trims
    // 4-8.5 in wide and 6-11.69 in high, the inside margin by page count, outside margins of 0.25 in (0.375 in
    // with bleed), bleed 0.125 in, 24 to 828 pages on white paper, images at 300 dpi.
    static final Distributor KDP = new Distributor("kdp", "KDP",
            List.of(new Trim(5, 8), new Trim(5.06, 7.81), new Trim(5.25, 8), new Trim(5.5, 8.5), new Trim(6, 9),
                    new Trim(6.14, 9.21), new Trim(6.69, 9.61), new Trim(7, 10), new Trim(7.44, 9.69),
                    new Trim(7.5, 9.25), new Trim(8, 10), new Trim(8.25, 6), new Trim(8.25, 8.25), new Trim(8.5, 8.5),
                    new Trim(8.5, 11), new Trim(8.27, 11.69)),
            Optional.of(new CustomTrims(4, 8.5, 6, 11.69)),
            List.of(new GutterStep(150, 0.375), new GutterStep(300, 0.5), new GutterStep(500, 0.625),
                    new GutterStep(700, 0.75), new GutterStep(828, 0.875)),
            0.25, 0.375, 0.125, 24, 828, 300);

    // IngramSpark, "File Requirements for Print Books" (ingramspark.com/blog/file-requirements-for-print-books,
    // 2017, read on 2026-12-08 from a stored copy): margins of at least 0.5 in on every side,
    // bleed 0.125 in, at least 18 pages, images at 300 ppi. Its trims are a list with no custom range; the list
    // below holds its common black-and-white paperback trims, and one not in it is told as a warning, since the list
    // changes. The most pages depend on trim and paper; 1,200 is the largest it prints.
    static final Distributor INGRAMSPARK = new Distributor("ingramspark", "IngramSpark",
            List.of(new Trim(4, 6), new Trim(4.25, 7), new Trim(4.37, 7), new Trim(5, 8), new Trim(5.06, 7.81),
                    new Trim(5.25, 8), new Trim(5.5, 8.5), new Trim(5.83, 8.27), new Trim(6, 9), new Trim(6.14, 9.21),
                    new Trim(6.69, 9.61), new Trim(7, 10), new Trim(7.44, 9.69), new Trim(7.5, 9.25), new Trim(8, 8),
                    new Trim(8, 10), new Trim(8.25, 11), new Trim(8.27, 11.69), new Trim(8.5, 8.5), new Trim(8.5, 11)),
            Optional.empty(),
            List.of(new GutterStep(Integer.MAX_VALUE, 0.5)),
            0.5, 0.5, 0.125, 18, 1200, 300);

    private static final List<Distributor> ALL = List.of(KDP, INGRAMSPARK);

    /**
     * The distributor book.yaml names.
     *
     * @param name as written, any case
     * @return the distributor, or empty when Octavo knows none of that name
     */
    public static Optional<Distributor> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.name.equals(wanted)).findFirst();
    }

    /** @return the names book.yaml may give, for messages */
    public static List<String> names() {
        return ALL.stream().map(Distributor::name).toList();
    }

    /** The least inside margin for this many pages, in inches. */
    double gutterFor(int pages) {
        return gutter.stream().filter(step -> pages <= step.maxPages()).findFirst()
                .orElse(gutter.get(gutter.size() - 1)).inches();
    }

    /** A length as messages show it: three decimals at most, no trailing zeros (0.125, 19.05, 9.525). */
    static String inches(double value) {
        return String.format(Locale.ROOT, "%.3f", value).replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
}
