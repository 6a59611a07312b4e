package dev.octavo.fonts;

import dev.octavo.Diagnostic;
import dev.octavo.SourcePosition;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads one font file and names it from its own tables (family, weight, italic), so that a fonts folder
 * needs no configuration. Only TrueType outlines ({@code glyf}) are accepted: openhtmltopdf crashes with a
 * NullPointerException on CFF-outline OpenType fonts, so they are refused here with a clear message.
 */
final class FontLoader {
    private FontLoader() {
    }

    static Optional<FontFace> load(Path source, byte[] data, Optional<FontLicence> licence, List<Diagnostic> problems) {
        SourcePosition at = SourcePosition.of(source);
        if (data.length >= 4 && data[0] == 'O' && data[1] == 'T' && data[2] == 'T' && data[3] == 'O') {
            problems.add(Diagnostic.error(at, "font has CFF (PostScript) outlines, which the PDF renderer cannot use;"
                    + " use a TrueType build (.ttf with glyf outlines) of the same font"));
            return Optional.empty();
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            if (!font.getTableMap().containsKey("glyf")) {
                problems.add(Diagnostic.error(at, "font has no TrueType outlines (glyf table);"
                        + " use a TrueType build (.ttf) of the same font"));
                return Optional.empty();
            }
            NamingTable naming = font.getNaming();
            String family = naming == null ? null : typographicFamily(naming);
            if (family == null || family.isBlank()) {
                problems.add(Diagnostic.error(at, "font has no family name in its name table"));
                return Optional.empty();
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                problems.add(Diagnostic.error(at, "font has no Unicode character map (cmap table)"));
                return Optional.empty();
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            int weight = os2 != null ? os2.getWeightClass() : 400;
            boolean italic = os2 != null ? (os2.getFsSelection() & 1) != 0 : (font.getHeader().getMacStyle() & 2) != 0;
            return Optional.of(new FontFace(family, weight, italic, source.getFileName().toString(), data, pdfData(data),
                    codePoints(cmap, font.getNumberOfGlyphs()), licence));
        } catch (IOException | RuntimeException e) {
            // The parser's own words vary with the damage; the author needs to know which file, and what to do.
            problems.add(Diagnostic.error(at, "font cannot be read: it is not a TrueType font, or it is damaged"));
            return Optional.empty();
        }
    }

    /**
     * The GSUB-free copy the PDF renderer gets. fontbox has just read this file, so a directory our reader finds
     * malformed is a disagreement between two readers, not a broken font: the original bytes are then used, which
     * is only slower.
     */
    private static byte[] pdfData(byte[] data) {
        try {
            return GsubFreeFont.of(data);
        } catch (IllegalArgumentException e) {
            return data;
        }
    }

    /** Every code point the character map sends to a real glyph (glyph 0 is .notdef, the missing-glyph box). */
    private static BitSet codePoints(CmapLookup cmap, int glyphs) {
        BitSet codePoints = new BitSet();
        for (int glyph = 1; glyph < glyphs; glyph++) {
            List<Integer> codes = cmap.getCharCodes(glyph);
            if (codes != null) {
                codes.forEach(codePoints::set);
            }
        }
        return codePoints;
    }

    /** Name ID 16 (typographic family) groups all weights under one name; ID 1 is the legacy fallback. */
    private static String typographicFamily(NamingTable naming) {
        String typographic = naming.getName(16, 3, 1, 0x409);
        return typographic != null ? typographic : naming.getFontFamily();
    }
}
