package dev.octavo.production;

import dev.octavo.model.Metadata;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;

import static dev.octavo.production.CoverText.capHeight;
import static dev.octavo.production.CoverText.width;
import static dev.octavo.production.PrintCover.mm;

/** The spine's one line, title and authors, turned the way the book's language reads spines. */
final class CoverSpine {
    private CoverSpine() {
    }

    static void draw(PDPageContentStream content, CoverFaces faces, Metadata metadata, CoverPanels p)
            throws IOException {
        String line = metadata.creatorNames().isBlank() ? metadata.title()
                : metadata.title() + "  ·  " + metadata.creatorNames();
        faces.checked(metadata.title(), 0, "title");
        faces.checked(metadata.creatorNames(), 0, "authors");
        PDFont font = faces.title();
        float capHeight = capHeight(font);
        float length = p.trimHeight() - 2 * mm(CoverDesign.SAFE_MM);
        // Half the spine's width for capitals, 12 pt at most, and no longer than the spine.
        float size = Math.min(12, p.spine() * 0.5f / capHeight);
        size = Math.min(size, length / Math.max(1, width(font, line, 1)));
        float lineWidth = width(font, line, size);
        float centreX = p.spineLeft() + p.spine() / 2;
        float centreY = p.bottom() + p.trimHeight() / 2;
        float half = capHeight * size / 2;
        content.setNonStrokingColor(CoverDesign.INK);
        content.beginText();
        content.setFont(font, size);
        if (PrintCover.readsUpward(metadata.language())) {
            // Turned 90° anticlockwise: the letters' tops face the back cover.
            content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, centreX + half, centreY - lineWidth / 2));
        } else {
            // Turned 90° clockwise: the letters' tops face the front cover, read with the book lying face up.
            content.setTextMatrix(Matrix.getRotateInstance(-Math.PI / 2, centreX - half, centreY + lineWidth / 2));
        }
        content.showText(line);
        content.endText();
    }
}
