package dev.octavo.pdf.engine;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.JustificationInfo;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * openhtmltopdf's text measuring, with each font's glyph widths looked up in a table instead of asked of PDFBox
 * for every string. The line breaker measures each word and each candidate line; {@code PDFont.getStringWidth}
 * encodes the whole string to bytes, decodes it again through a stream per code and looks each glyph up in a
 * boxed map, which made it a fifth of a book's typesetting time.
 *
 * <p>The widths are the same numbers: a table entry is PDFBox's own width of that one character, and a string's
 * width is the sum of its characters' widths in order, exactly the sum {@code getStringWidth} makes, so the
 * layout and the PDF are unchanged to the byte. Anything the table cannot answer (a character the font lacks,
 * which sends openhtmltopdf to its fallback fonts, or one outside the Basic Multilingual Plane) goes to
 * openhtmltopdf's own code. One instance serves one renderer, on one thread.
 *
 * <p>The tables also spare the drawing a measure. Before it draws a string, openhtmltopdf's output device asks
 * PDFBox for the string's width in its first font and throws the answer away: the call only tells whether that
 * font can encode every character (else it splits the string into runs of fallback fonts). That was a ninth of
 * the drawing time. When the table already knows every character of the string in that font, this hands the
 * string straight to the device's own next step ({@code drawStringFast}, with the same arguments); otherwise the
 * device does as it always did. The device's current font is a private field of openhtmltopdf's
 * ({@code _font}, set just before each string is drawn); if a later version renames it, every string takes the
 * device's own way, and {@code TabulatedWidthsTest} fails so that the loss is noticed.
 *
 * <p>Drawing text is also where each page gets its {@link CharacterSpacing} writer, before its first string.
 */
final class TabulatedWidths extends PdfBoxTextRenderer {
    /** The output device's current font, or null when openhtmltopdf has no such field. */
    static final VarHandle DEVICE_FONT = PrivateFields.find(PdfBoxFastOutputDevice.class, "_font", PdfBoxFSFont.class);

    /** openhtmltopdf's tolerance before it rounds a width up to the next whole unit. */
    private static final float MEASURING_DELTA = 0.01f;
    /** A table entry not yet looked up. */
    private static final float UNKNOWN = Float.NaN;
    /** A table entry for a character the font cannot encode. */
    private static final float MISSING = Float.NEGATIVE_INFINITY;

    private final Map<PDFont, float[][]> tables = new IdentityHashMap<>();
    /** Text the layout measured in a font that has no face of the book: it would not be printed at all. */
    private final java.util.Set<String> unprintable = new java.util.LinkedHashSet<>();
    private final boolean drawingShortcut;
    private final boolean characterSpacing;

    TabulatedWidths() {
        this(true, true);
    }

    /**
     * For the tests that compare a drawing with the device's own.
     *
     * @param drawingShortcut  false to draw every string the device's own way
     * @param characterSpacing false to leave justified lines as openhtmltopdf writes them (see CharacterSpacing)
     */
    TabulatedWidths(boolean drawingShortcut, boolean characterSpacing) {
        this.drawingShortcut = drawingShortcut;
        this.characterSpacing = characterSpacing;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont sized = (PdfBoxFSFont) font;
        PDFont first = firstLoaded(sized);
        if (first == null || string == null) {
            if (string != null && !string.isBlank() && unprintable.size() < 3) {
                unprintable.add(string.strip());
            }
            return super.getWidth(context, font, string); // logs the missing font, as openhtmltopdf does
        }
        float units = widthOf(first, string);
        if (Float.isNaN(units)) {
            return super.getWidth(context, font, string);
        }
        float result = units / 1000f * sized.getSize2D();
        // The same expression as openhtmltopdf's, in the same (double) precision, so it rounds the same way.
        return result - Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /**
     * Up to three pieces of the text the layout found set in fonts the book does not have (a stylesheet naming a
     * family that is not among the book's fonts): openhtmltopdf lays such text out with no width and prints none.
     */
    java.util.List<String> unprintable() {
        return java.util.List.copyOf(unprintable);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y) {
        drawString(outputDevice, string, x, y, null);
    }

    @Override
    public void drawString(OutputDevice outputDevice, String string, float x, float y, JustificationInfo info) {
        if (!(outputDevice instanceof PdfBoxFastOutputDevice device)) {
            super.drawString(outputDevice, string, x, y, info);
            return;
        }
        if (characterSpacing) {
            CharacterSpacing.install(device); // before the first string of each page: justified lines in words
        }
        if (drawingShortcut && DEVICE_FONT != null) {
            PdfBoxFSFont font = (PdfBoxFSFont) DEVICE_FONT.get(device);
            String printable = TextRenderer.getEffectivePrintableString(string);
            FontDescription first = font == null || font.getFontDescriptions().isEmpty() ? null
                    : font.getFontDescriptions().get(0);
            PDFont firstFont = first == null ? null : first.getFont();
            if (firstFont != null && printable != null && encodable(firstFont, printable)) {
                // What the device's drawString does once getStringWidth has returned without an exception.
                device.drawStringFast(printable, x, y, info, first, font.getSize2D());
                return;
            }
        }
        super.drawString(outputDevice, string, x, y, info);
    }

    /**
     * Whether the table knows every character in this font (widthOf can measure it): then PDFBox would encode the
     * string without fail. The characters widthOf skips go the device's own way.
     */
    private boolean encodable(PDFont font, String string) {
        return string.indexOf('\u00AD') < 0 && string.indexOf('\uFFFC') < 0 && !Float.isNaN(widthOf(font, string));
    }

    /** The font openhtmltopdf measures with: the first of the family list that loads. */
    private static PDFont firstLoaded(PdfBoxFSFont font) {
        if (font.getFontDescriptions() == null) {
            return null;
        }
        // An index, not an iterator: this runs for every word and line the layout measures (44 MB of iterators at 50×).
        List<FontDescription> descriptions = font.getFontDescriptions();
        for (int i = 0; i < descriptions.size(); i++) {
            PDFont loaded = descriptions.get(i).getFont();
            if (loaded != null) {
                return loaded;
            }
        }
        return null;
    }

    /**
     * The string's width in text space units (a thousandth of the font size), or NaN when the table cannot tell.
     * Soft hyphens and object replacement characters are skipped, as openhtmltopdf never prints them.
     */
    private float widthOf(PDFont font, String string) {
        float[][] table = tables.computeIfAbsent(font, f -> new float[256][]);
        float width = 0;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (Character.isSurrogate(c)) {
                return Float.NaN;
            }
            if (c == '\u00AD' || c == '\uFFFC') {
                continue;
            }
            float glyph = entry(font, table, c);
            if (glyph == MISSING) {
                return Float.NaN;
            }
            width += glyph;
        }
        return width;
    }

    private static float entry(PDFont font, float[][] table, char c) {
        float[] page = table[c >>> 8];
        if (page == null) {
            page = new float[256];
            Arrays.fill(page, UNKNOWN);
            table[c >>> 8] = page;
        }
        float width = page[c & 0xFF];
        if (Float.isNaN(width)) {
            width = measure(font, c);
            page[c & 0xFF] = width;
        }
        return width;
    }

    private static float measure(PDFont font, char c) {
        try {
            return font.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException | IOException e) {
            return MISSING; // no glyph: openhtmltopdf's own measuring finds a fallback font or logs it
        }
    }
}
