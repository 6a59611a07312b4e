package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.Asset;
import dev.octavo.model.Image;
import dev.octavo.model.PrintSize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the model's images: the file checked (AssetResolver), its printed size decided (ImageFit), and its
 * resolution on paper checked as a print shop's preflight does: an image that prints below the book's
 * {@code print-resolution} (300 ppi by default) is reported where the manuscript uses it.
 */
final class ImagePlacer {
    /** What an author may write in an image's braces. */
    private static final Set<String> ATTRIBUTES = Set.of("id", "width", "alt");

    private final AssetResolver assets;
    private final ImageFit fit;
    private final double printPpi;
    private final String rule;
    private final Diagnostics diagnostics;

    /** @param rule whose rule the resolution is, a distributor's ("KDP"), named first in the message; "" for none */
    ImagePlacer(AssetResolver assets, ImageFit fit, double printPpi, String rule, Diagnostics diagnostics) {
        this.assets = assets;
        this.fit = fit;
        this.printPpi = printPpi;
        this.rule = rule.isEmpty() ? "" : rule + ": ";
        this.diagnostics = diagnostics;
    }

    /**
     * The image, or null when it cannot be used (reported).
     *
     * @param alt          the text alternative when the author gave none in the braces
     * @param captionChars the length of the figure's caption; -1 for an image in a line of text
     */
    Image image(String url, String alt, Map<String, String> attributes, int captionChars, SourcePosition at) {
        Asset asset = assets.asset(url, at).orElse(null);
        if (asset == null) {
            return null;
        }
        attributes.keySet().stream().filter(name -> !ATTRIBUTES.contains(name)).sorted().forEach(name ->
                diagnostics.warning(at, "the image attribute '" + name + "' is not used (an image takes #id, width"
                        + " and alt)"));
        ImageFit.AskedWidth asked = null;
        String width = attributes.get("width");
        if (width != null) {
            asked = ImageFit.width(width);
            if (asked == null) {
                diagnostics.warning(at, "width '" + width + "' is not a width; give a share of the text's width"
                        + " (60%) or a length (50mm, 5cm, 2in, 144pt)");
            }
        }
        PrintSize print = fit.fit(asset.natural(), asked, captionChars);
        double ppi = ImageFit.printedPpi(asset.natural(), print);
        if (ppi < printPpi) {
            diagnostics.warning(at, rule + url + " prints at " + Math.round(Math.floor(ppi)) + " ppi; print needs "
                    + String.format(Locale.ROOT, "%.0f", printPpi) + " (" + asset.natural().pixelsWide() + " x "
                    + asset.natural().pixelsHigh() + " pixels over " + String.format(Locale.ROOT, "%.0f x %.0f mm",
                    print.widthMm(), print.heightMm()) + ")");
        }
        return new Image(asset, attributes.getOrDefault("alt", alt), print);
    }
}
