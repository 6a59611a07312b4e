package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.fonts.FontFace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The three faces, loaded into the document, with the fonts' own faces to check coverage against. */
record CoverFaces(PDFont title, PDFont subtitle, PDFont text, List<FontFace> faces, SourcePosition bookYaml) {
    /** Title, subtitle and text faces, as {@code epub.CoverTypefaces} gives them, loaded into the document. */
    static CoverFaces load(PDDocument pdf, List<FontFace> faces, SourcePosition bookYaml) throws IOException {
        return new CoverFaces(load(pdf, faces.get(0)), load(pdf, faces.get(1)), load(pdf, faces.get(2)), faces,
                bookYaml);
    }

    private static PDFont load(PDDocument pdf, FontFace face) throws IOException {
        // The copy without GSUB, as the interior's: PDFBox would otherwise substitute ligatures on its own.
        return PDType0Font.load(pdf, new ByteArrayInputStream(face.pdfData()), true);
    }

    /** The text, when the face has every character of it; else the book cannot print its cover. */
    String checked(String value, int face, String what) {
        FontFace font = faces.get(face);
        value.codePoints().filter(cp -> !Character.isWhitespace(cp) && !font.covers(cp)).findFirst().ifPresent(cp -> {
            throw new ManuscriptException(List.of(Diagnostic.error(bookYaml, String.format(Locale.ROOT,
                    "the print cover sets the %s in %s, which has no '%s' (U+%04X)", what, font.family(),
                    new String(Character.toChars(cp)), cp))));
        });
        return value;
    }
}
