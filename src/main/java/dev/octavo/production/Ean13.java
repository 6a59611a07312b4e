package dev.octavo.production;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.EAN13Writer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.awt.Color;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * An ISBN's EAN-13 bars on the back cover. ZXing encodes the digits into modules; this class only draws the
 * modules it is given, as rectangles at the symbol's nominal size (0.33 mm a module, ISO/IEC 15420), with the
 * quiet zones white around them and the digits below.
 */
final class Ean13 {
    private static final double MODULE_MM = 0.33;
    private static final double BAR_MM = 20;
    /** The guard bars reach this far below the others, into the digits' line. */
    private static final double GUARD_MM = 1.65;
    private static final double DIGITS_MM = 3;
    private static final double PADDING_MM = 2;
    private static final int LEFT_QUIET = 11;
    private static final int RIGHT_QUIET = 7;
    private static final int MODULES = 95;

    private Ean13() {
    }

    /**
     * The 13 digits of the book's ISBN as a Bookland EAN (978 or 979); an ISBN-10 becomes its 978 EAN.
     *
     * @param identifier the book's identifier, {@code urn:isbn:} and digits for an ISBN
     * @return the digits; empty when the identifier is no ISBN
     */
    static Optional<String> digits(String identifier) {
        if (!identifier.startsWith("urn:isbn:")) {
            return Optional.empty();
        }
        String digits = identifier.substring("urn:isbn:".length());
        if (digits.matches("97[89]\\d{10}")) {
            return Optional.of(digits);
        }
        if (digits.matches("\\d{9}[\\dX]")) {
            String twelve = "978" + digits.substring(0, 9);
            return Optional.of(twelve + checkDigit(twelve));
        }
        return Optional.empty();
    }

    /** The EAN's check digit, which an ISBN-10's own does not give. */
    private static char checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** ZXing's modules: one row, a set bit for each dark module, no quiet zone. */
    private static BitMatrix modules(String digits) {
        return new EAN13Writer().encode(digits, BarcodeFormat.EAN_13, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    }

    /** The white box's height, padding included: the room the back's text leaves above it. */
    static float height() {
        return PrintCover.mm(PADDING_MM * 2 + DIGITS_MM * 2 + BAR_MM);
    }

    /** Draws the symbol in its white box, whose lower right corner is at (right, bottom). */
    static void draw(PDPageContentStream content, PDFont font, String digits, float right, float bottom)
            throws IOException {
        BitMatrix modules = modules(digits);
        float module = PrintCover.mm(MODULE_MM);
        float width = (LEFT_QUIET + modules.getWidth() + RIGHT_QUIET) * module;
        float left = right - width;
        float pad = PrintCover.mm(PADDING_MM);
        float digitsHeight = PrintCover.mm(DIGITS_MM);
        content.setNonStrokingColor(Color.WHITE);
        content.addRect(left, bottom, width, height());
        content.fill();
        float barsLeft = left + LEFT_QUIET * module;
        float barsBottom = bottom + pad + digitsHeight;
        float barHeight = PrintCover.mm(BAR_MM);
        float guard = PrintCover.mm(GUARD_MM);
        content.setNonStrokingColor(Color.BLACK);
        int x = 0;
        while (x < modules.getWidth()) {
            if (!modules.get(x, 0)) {
                x++;
                continue;
            }
            int start = x;
            while (x < modules.getWidth() && modules.get(x, 0)) {
                x++;
            }
            boolean isGuard = start < 3 || (start >= 45 && start < 50) || start >= 92;
            float extra = isGuard ? guard : 0;
            content.addRect(barsLeft + start * module, barsBottom - extra, (x - start) * module, barHeight + extra);
        }
        content.fill();
        float size = digitsHeight / 0.85f;
        float baseline = bottom + pad;
        CoverText.text(content, font, size, digits.substring(0, 1),
                barsLeft - CoverText.width(font, digits.substring(0, 1), size) - module, baseline);
        centred(content, font, size, digits.substring(1, 7), barsLeft + 3 * module, barsLeft + 45 * module, baseline);
        centred(content, font, size, digits.substring(7), barsLeft + 50 * module, barsLeft + 92 * module, baseline);
        String isbn = "ISBN " + digits;
        float isbnSize = Math.min(size, MODULES * module / CoverText.width(font, isbn, 1));
        centred(content, font, isbnSize, isbn, barsLeft, barsLeft + MODULES * module,
                barsBottom + barHeight + pad * 0.6f);
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, String text, float from, float to,
                                float baseline) throws IOException {
        CoverText.text(content, font, size, text, (from + to - CoverText.width(font, text, size)) / 2, baseline);
    }
}
