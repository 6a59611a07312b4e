package dev.octavo.production;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import dev.octavo.model.Asset;
import dev.octavo.model.Metadata;
import dev.octavo.model.PrintEdition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import static dev.octavo.production.CoverDesign.ACCENT;
import static dev.octavo.production.CoverDesign.DESIGN_WIDTH;
import static dev.octavo.production.CoverDesign.INK;
import static dev.octavo.production.CoverText.draw;
import static dev.octavo.production.CoverText.set;

/** The front panel: the book's cover image, or else the EPUB's typographic cover drawn again as vectors. */
final class CoverFront {
    private CoverFront() {
    }

    /** Title, subtitle and authors in a gold frame, at the EPUB's typographic cover's proportions. */
    static void typographic(PDPageContentStream content, CoverFaces faces, Metadata metadata, CoverPanels p)
            throws IOException {
        float unit = p.trimWidth() / DESIGN_WIDTH;
        float left = p.frontLeft();
        float top = p.top();
        float centre = left + p.trimWidth() / 2;
        content.setStrokingColor(ACCENT);
        content.setLineWidth(4 * unit);
        content.addRect(left + 70 * unit, p.bottom() + 70 * unit, p.trimWidth() - 140 * unit, p.trimHeight() - 140 * unit);
        content.stroke();
        float measure = p.trimWidth() - 2 * 190 * unit;
        Locale language = metadata.language();
        CoverText.Setting title = set(new CoverText.Part(faces.checked(metadata.title(), 0, "title"), faces.title(),
                150 * unit, 64 * unit, 5), measure, language);
        CoverText.Setting subtitle = set(new CoverText.Part(faces.checked(metadata.subtitle(), 1, "subtitle"),
                faces.subtitle(), 70 * unit, 40 * unit, 4), measure, language);
        CoverText.Setting author = set(new CoverText.Part(faces.checked(metadata.creatorNames(), 2, "authors"),
                faces.text(), 76 * unit, 44 * unit, 3), measure, language);
        float ruleSpace = 200 * unit;
        float block = title.height() + ruleSpace + subtitle.height();
        float y = Math.max(270 * unit, p.trimHeight() * 0.38f - block / 2);
        content.setNonStrokingColor(INK);
        draw(content, title, centre, top - y);
        y += title.height() + ruleSpace / 2;
        content.setStrokingColor(ACCENT);
        content.moveTo(centre - 130 * unit, top - y);
        content.lineTo(centre + 130 * unit, top - y);
        content.stroke();
        y += ruleSpace / 2;
        content.setNonStrokingColor(INK);
        draw(content, subtitle, centre, top - y);
        draw(content, author, centre, top - (p.trimHeight() - 300 * unit - author.height()));
    }

    /**
     * The cover image, scaled to cover the front panel and its bleed, centred.
     *
     * @param warnings where a warning goes when the image prints below 300 ppi
     * @throws ManuscriptException when the image is an SVG or cannot be decoded
     */
    static void image(PDDocument pdf, PDPageContentStream content, Asset image, CoverPanels p, PrintEdition print,
                      SourcePosition bookYaml, List<Diagnostic> warnings) throws IOException {
        SourcePosition at = print.at("cover", "cover", bookYaml);
        byte[] bytes = Files.readAllBytes(image.source());
        PDImageXObject picture;
        if (image.mediaType().equals("image/jpeg")) {
            picture = JPEGFactory.createFromByteArray(pdf, bytes);
        } else if (image.mediaType().equals("image/svg+xml")) {
            throw new ManuscriptException(List.of(Diagnostic.error(at, "the print cover takes a PNG, JPEG, GIF or WebP"
                    + " cover image; '" + image.source().getFileName() + "' is an SVG")));
        } else {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded == null) {
                throw new ManuscriptException(List.of(Diagnostic.error(at, "the cover image '"
                        + image.source().getFileName() + "' cannot be decoded for the print cover")));
            }
            picture = LosslessFactory.createFromImage(pdf, decoded);
        }
        // The front panel and its bleed on three sides, covered whole: the picture's overflow is cut off.
        float left = p.frontLeft();
        float areaWidth = p.trimWidth() + p.bleed();
        float areaHeight = p.trimHeight() + 2 * p.bleed();
        float scale = Math.max(areaWidth / picture.getWidth(), areaHeight / picture.getHeight());
        float drawnWidth = picture.getWidth() * scale;
        float drawnHeight = picture.getHeight() * scale;
        double ppi = picture.getWidth() / (drawnWidth / 72.0);
        if (ppi < 300) {
            warnings.add(Diagnostic.warning(at, String.format(Locale.ROOT, "the cover image prints at %d ppi on the"
                    + " print cover; print needs 300 (%d x %d pixels over %.0f x %.0f mm)", (int) Math.floor(ppi),
                    picture.getWidth(), picture.getHeight(), drawnWidth / PrintCover.PT_PER_MM,
                    drawnHeight / PrintCover.PT_PER_MM)));
        }
        content.saveGraphicsState();
        content.addRect(left, 0, areaWidth, areaHeight);
        content.clip();
        content.drawImage(picture, left + (areaWidth - drawnWidth) / 2, (areaHeight - drawnHeight) / 2, drawnWidth,
                drawnHeight);
        content.restoreGraphicsState();
    }
}
