package dev.octavo.pdf.engine;

import com.openhtmltopdf.pdfboxout.PdfBoxFastOutputDevice;
import com.openhtmltopdf.pdfboxout.PdfContentStreamAdapter;
import com.openhtmltopdf.render.InlineText;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes justified text with the character spacing operator ({@code Tc}) instead of a number after every
 * character.
 *
 * <p>openhtmltopdf justifies a line, and applies {@code letter-spacing}, by a {@code TJ} array that follows every
 * character with its adjustment: one number after each space, another after every other character
 * ({@code <0114>-2.03745 <0561>-37.04461 <0163>-2.03745 …}). Those numbers were two thirds of the page contents
 * of a book, each written, scanned and compressed. PDF adds the character spacing after every glyph (ISO 32000-1,
 * 9.3.2), so the other characters' adjustment set once as {@code Tc}, and only what a space has beyond it written
 * after each space, put every glyph where it was: a glyph moves the pen by its width, plus {@code Tc}, minus the
 * number after it in thousandths of the font size, and {@code Tc} is that letter adjustment in text space units.
 * Words become one string each. The character spacing belongs to the graphics state and outlives the text object,
 * so it is set back to 0 right after the line.
 *
 * <p>openhtmltopdf gives no way to replace its content writer: {@link #install} swaps it in, at the first text of
 * each page, through two private fields, the device's current page ({@code _cp}) and the writer's content stream
 * ({@code cs}). If a later
 * version renames them, text is written as before, and {@code CharacterSpacingTest} fails so that the loss is
 * noticed. An array of another shape than the one described above is written as it came.
 */
final class CharacterSpacing extends PdfContentStreamAdapter {
    private static final VarHandle DEVICE_PAGE = PrivateFields.find(PdfBoxFastOutputDevice.class, "_cp",
            PdfContentStreamAdapter.class);
    private static final VarHandle STREAM = PrivateFields.find(PdfContentStreamAdapter.class, "cs",
            PDPageContentStream.class);

    /** The device's own writer of the page, which counts the graphics states saved on it. */
    private final PdfContentStreamAdapter page;
    private final PDPageContentStream stream;
    private float fontSize;

    private CharacterSpacing(PdfContentStreamAdapter page, PDPageContentStream stream) {
        super(stream);
        this.page = page;
        this.stream = stream;
    }

    /** Whether openhtmltopdf still has the fields that {@link #install} needs. */
    static boolean available() {
        return DEVICE_PAGE != null && STREAM != null;
    }

    /** Makes the device write the page it is drawing through a CharacterSpacing, once per page. */
    static void install(PdfBoxFastOutputDevice device) {
        PdfContentStreamAdapter page = device.getCurrentPage();
        if (page != null && !(page instanceof CharacterSpacing) && available()) {
            DEVICE_PAGE.set(device, new CharacterSpacing(page, (PDPageContentStream) STREAM.get(page)));
        }
    }

    // The one state the device's writer keeps: how many graphics states are saved, which it checks on restoring.
    // This takes over in the middle of a page, so the count stays the device's writer's.

    @Override
    public void saveGraphics() {
        page.saveGraphics();
    }

    @Override
    public void restoreGraphics() {
        page.restoreGraphics();
    }

    @Override
    public void setFont(PDFont font, float size) {
        fontSize = size;
        super.setFont(font, size);
    }

    @Override
    public void drawStringWithPositioning(Object[] array) {
        Spaced spaced = Spaced.of(array, fontSize);
        if (spaced == null) {
            super.drawStringWithPositioning(array);
            return;
        }
        try {
            if (spaced.characterSpacing() != 0) {
                stream.setCharacterSpacing(spaced.characterSpacing());
            }
            stream.showTextWithPositioning(spaced.array());
            if (spaced.characterSpacing() != 0) {
                stream.setCharacterSpacing(0);
            }
        } catch (IOException e) {
            throw new PdfException("drawStringWithPositioning", e);
        }
    }

    /**
     * A justified line as words with the space's extra after each, and the character spacing that moves every other
     * glyph as the original array did.
     */
    record Spaced(float characterSpacing, Object[] array) {
        /**
         * @return null unless the array is text followed by one number for a space and one for every other
         *         character, as openhtmltopdf makes it
         */
        static Spaced of(Object[] array, float fontSize) {
            Float letter = null;
            Float space = null;
            for (int i = 0; i + 1 < array.length; i += 2) {
                if (!(array[i] instanceof String text) || text.isEmpty() || !(array[i + 1] instanceof Float number)) {
                    return null;
                }
                if (isSpace(text)) {
                    if (space != null && !space.equals(number)) {
                        return null;
                    }
                    space = number;
                } else {
                    if (letter != null && !letter.equals(number)) {
                        return null;
                    }
                    letter = number;
                }
            }
            if (array.length % 2 == 0 || !(array[array.length - 1] instanceof String)) {
                return null; // a number at the end, or no text at all
            }
            float letterNumber = letter == null ? 0 : letter;
            float extra = space == null ? 0 : space - letterNumber;
            List<Object> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < array.length; i += 2) {
                String text = (String) array[i];
                word.append(text);
                if (i + 1 < array.length && extra != 0 && isSpace(text)) {
                    words.add(word.toString());
                    words.add(extra);
                    word.setLength(0);
                }
            }
            if (!word.isEmpty()) {
                words.add(word.toString());
            }
            return new Spaced(letterNumber == 0 ? 0 : -letterNumber / 1000f * fontSize, words.toArray());
        }

        /** Whether openhtmltopdf gave this text the space's adjustment: its last character is one it stretches. */
        private static boolean isSpace(String text) {
            return InlineText.isJustifySpaceCodePoint(text.codePointBefore(text.length()));
        }
    }
}
