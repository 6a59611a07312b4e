package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.model.Metadata;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static dev.octavo.production.CoverText.text;
import static dev.octavo.production.CoverText.width;
import static dev.octavo.production.CoverText.wrap;
import static dev.octavo.production.PrintCover.mm;

/** The back panel: the description at the top, the publisher at the foot, the ISBN's bars in the corner. */
final class CoverBack {
    private CoverBack() {
    }

    /** @throws ManuscriptException when the description does not fit even at 6 pt */
    static void draw(PDPageContentStream content, CoverFaces faces, Metadata metadata, CoverPanels p,
                     Optional<String> barcode, SourcePosition bookYaml) throws IOException {
        float safe = mm(CoverDesign.SAFE_MM);
        float left = p.backLeft() + safe;
        float measure = p.trimWidth() - 2 * safe;
        float unit = p.trimWidth() / CoverDesign.DESIGN_WIDTH;
        float barcodeTop = p.bottom() + safe + (barcode.isPresent() ? Ean13.height() : 0);
        float room = p.top() - safe - barcodeTop - mm(8);
        content.setNonStrokingColor(CoverDesign.INK);
        String description = faces.checked(metadata.description(), 2, "description");
        if (!description.isBlank()) {
            float size = 44 * unit;
            List<String> lines = wrap(faces.text(), description, size, measure);
            while (lines.size() * size * 1.4f > room && size > 6) {
                size *= 0.95f;
                lines = wrap(faces.text(), description, size, measure);
            }
            if (lines.size() * size * 1.4f > room) {
                throw new ManuscriptException(List.of(Diagnostic.error(bookYaml, "the description is too long for"
                        + " the back of the print cover: it needs " + lines.size() + " lines at 6 pt")));
            }
            float baseline = p.top() - safe - size;
            for (String line : lines) {
                text(content, faces.text(), size, line, left, baseline);
                baseline -= size * 1.4f;
            }
        }
        String publisher = faces.checked(metadata.publisher(), 0, "publisher");
        if (!publisher.isBlank()) {
            float size = Math.min(40 * unit, measure / 2 / Math.max(1, width(faces.title(), publisher, 1)));
            text(content, faces.title(), size, publisher, left, p.bottom() + safe);
        }
        if (barcode.isPresent()) {
            Ean13.draw(content, faces.text(), barcode.get(), p.backLeft() + p.trimWidth() - safe, p.bottom() + safe);
        }
    }
}
