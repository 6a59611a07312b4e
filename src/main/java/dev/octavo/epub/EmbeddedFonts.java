package dev.octavo.epub;

import dev.octavo.Diagnostic;
import dev.octavo.fonts.FontFace;
import dev.octavo.fonts.FontLicence;
import dev.octavo.fonts.FontSet;
import dev.octavo.fonts.FontSubset;
import dev.octavo.internal.Slugs;
import dev.octavo.model.FontEmbedding;
import dev.octavo.xhtml.XhtmlDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts an EPUB carries: each face its text uses, subset to the characters it draws (one subset per face for
 * the whole book), or whole where a subset may not or cannot be made; and the licence files of those fonts.
 *
 * @param fonts     the embedded faces, in the font set's order
 * @param licences  the licence files, by their name in the book ({@code fonts/literata-ofl.txt}), once each
 * @param warnings  what the author should know: fonts embedded whole because their licence reserves their name
 */
record EmbeddedFonts(List<Embedded> fonts, Map<String, byte[]> licences, List<Diagnostic> warnings) {

    /**
     * One font file in the book.
     *
     * @param face  the face it is made from
     * @param href  its name in the book, under the package document's folder
     * @param data  the file: a subset, or the face's own bytes
     * @param whole whether it is the face's file as it is
     */
    record Embedded(FontFace face, String href, byte[] data, boolean whole) {
    }

    EmbeddedFonts {
        fonts = List.copyOf(fonts);
        licences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(licences));
        warnings = List.copyOf(warnings);
    }

    /**
     * The fonts for a book's documents.
     *
     * @param embedding whether to subset ({@code fonts:} in book.yaml)
     * @param fonts     the book's faces
     * @param hrefs     each face's name in the book
     * @param documents every XHTML document of the book
     * @param epubCss   the stylesheet that chooses the faces
     */
    static EmbeddedFonts of(FontEmbedding embedding, FontSet fonts, Map<FontFace, String> hrefs,
                            List<XhtmlDocument> documents, String epubCss) {
        List<Embedded> embedded = new ArrayList<>();
        Map<Path, List<FontFace>> keptWhole = new LinkedHashMap<>();
        if (embedding == FontEmbedding.WHOLE) {
            fonts.faces().forEach(face -> embedded.add(new Embedded(face, hrefs.get(face), face.data(), true)));
        } else {
            for (Map.Entry<FontFace, BitSet> use : FontUse.of(documents, epubCss, fonts).entrySet()) {
                FontFace face = use.getKey();
                boolean reserved = face.licence().filter(FontLicence::reservesNames).isPresent();
                if (reserved) {
                    keptWhole.computeIfAbsent(face.licence().get().at().file(), f -> new ArrayList<>()).add(face);
                }
                boolean whole = reserved || !subsettable(use.getValue());
                embedded.add(new Embedded(face, hrefs.get(face),
                        whole ? face.data() : FontSubset.of(face, use.getValue()), whole));
            }
        }
        Map<String, byte[]> licences = new LinkedHashMap<>();
        Map<Path, String> licenceHrefs = new LinkedHashMap<>();
        for (Embedded font : embedded) {
            font.face().licence().ifPresent(licence -> licenceHrefs.computeIfAbsent(licence.at().file(), file -> {
                String href = licenceHref(font.face(), licence, licences.keySet());
                licences.put(href, licence.text());
                return href;
            }));
        }
        List<Diagnostic> warnings = new ArrayList<>();
        keptWhole.forEach((file, faces) -> {
            FontLicence licence = faces.get(0).licence().orElseThrow();
            warnings.add(Diagnostic.warning(licence.at(), "the font licence reserves the name"
                    + (licence.reservedNames().size() > 1 ? "s " : " ") + quoted(licence.reservedNames())
                    + ", which a subset (a Modified Version) may not carry: the EPUB embeds "
                    + String.join(", ", faces.stream().map(FontFace::fileName).toList()) + " whole"));
        });
        return new EmbeddedFonts(embedded, licences, warnings);
    }

    /**
     * Whether a subset draws these characters as the whole font would: the subset has no layout tables, so no
     * combining marks, no scripts that need shaping, and its character map holds the Basic Multilingual Plane only.
     */
    static boolean subsettable(BitSet characters) {
        return characters.stream().allMatch(EmbeddedFonts::drawnAlone);
    }

    private static boolean drawnAlone(int codePoint) {
        if (codePoint > 0xFFFF) {
            return false;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || (type == Character.FORMAT && codePoint != 0x00AD)) {
            return false;
        }
        return switch (Character.UnicodeScript.of(codePoint)) {
            case COMMON, INHERITED, LATIN, GREEK, CYRILLIC, ARMENIAN, GEORGIAN, HAN, HIRAGANA, KATAKANA, HANGUL,
                 BOPOMOFO -> true;
            default -> false;
        };
    }

    private static String licenceHref(FontFace face, FontLicence licence, java.util.Set<String> taken) {
        String family = Slugs.slug(face.family());
        String name = Slugs.slug(licence.fileName().replaceFirst("\\.[A-Za-z]+$", ""));
        String base = "fonts/" + (family.isEmpty() ? "font" : family) + "-" + (name.isEmpty() ? "licence" : name);
        String candidate = base + ".txt";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n + ".txt";
        }
        return candidate;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(name -> "'" + name + "'").toList());
    }
}
