package dev.octavo.pdf.engine;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's fonts as PDFBox fonts of one document, loaded when the renderer first asks for a face, and subset
 * once the pages are drawn. Octavo loads them itself, rather than handing openhtmltopdf the font files, because
 * it saves the document with its own writer ({@link dev.octavo.pdf.finish.CompactPdfSaver}) and so has to subset
 * the fonts itself, which only the loaded font objects can do.
 */
final class EmbeddedFonts {
    private final PDDocument pdf;
    private final List<PDFont> loaded = new ArrayList<>();

    EmbeddedFonts(PDDocument pdf) {
        this.pdf = pdf;
    }

    /**
     * Offers every face to the renderer: GSUB-free data, since PDFBox's GSUB worker is slow and unused
     * (GsubFreeFont). The renderer draws into this document, the one the fonts are loaded into.
     */
    void offer(FontSet fonts, PdfRendererBuilder builder) {
        builder.usePDDocument(pdf);
        for (FontFace face : fonts.faces()) {
            builder.useFont(new OnFirstUse(face.pdfData()), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
    }

    /** Cuts every loaded font down to the glyphs drawn; call once, after drawing and before saving. */
    void subset() throws IOException {
        synchronized (loaded) {
            for (PDFont font : loaded) {
                font.subset();
            }
        }
    }

    /** openhtmltopdf's supplier class, made lazy: a face the book never uses is never loaded nor embedded. */
    private final class OnFirstUse extends PDFontSupplier {
        private final byte[] data;
        private PDFont font;

        OnFirstUse(byte[] data) {
            super(null);
            this.data = data;
        }

        @Override
        public PDFont supply() {
            synchronized (loaded) {
                if (font == null) {
                    try {
                        font = PDType0Font.load(pdf, new ByteArrayInputStream(data), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    loaded.add(font);
                }
                return font;
            }
        }
    }
}
