package dev.octavo.fonts;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A font file cut down to the glyphs of some characters, for the EPUB: fontbox's {@code TTFSubsetter}, told which
 * tables to keep, and the original {@code OS/2} table put back.
 *
 * <p>What a subset keeps: the outlines of the characters asked for and of the glyphs they are built from (accented
 * letters are often composites), their advance widths, a Unicode character map of those characters, the hinting
 * programs ({@code fpgm}, {@code prep}, {@code cvt }, {@code gasp}), and the names reading systems show. What it
 * loses: the OpenType layout tables ({@code GSUB}, {@code GPOS}, {@code GDEF}, {@code kern}) and other tables that
 * list glyphs by number. The subsetter numbers the kept glyphs anew, so those tables cannot be copied as they are;
 * fontbox cannot rewrite them. So a subset draws no ligatures, no kerning between pairs of letters, and no mark
 * positioning. Vietnamese stays right: its letters are precomposed once the text is NFC, and each has a glyph of its
 * own in the character map. The EPUB writer embeds a face whole where that would not hold (combining marks, letters
 * beyond the Basic Multilingual Plane, which the subsetter's format 4 character map cannot hold).
 *
 * <p>Why the {@code OS/2} table is put back: the subsetter writes a version 0 table's fields under the original
 * version number, a table too short for its version, which browsers' font sanitisers may refuse. The original
 * table is whole and valid; only its first and last character fields are set to the subset's.
 *
 * <p>The same face and characters give the same bytes: glyphs are kept in the original order, tables by tag, and
 * the {@code head} table's dates are the original font's.
 */
public final class FontSubset {
    /** The tables a subset keeps: the ones the subsetter builds anew, and ones that never name a glyph. */
    static final List<String> KEPT = List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "name", "OS/2",
            "post", "cvt ", "fpgm", "prep", "gasp");
    private static final int FIRST_CHAR_INDEX = 64;
    private static final int LAST_CHAR_INDEX = 66;

    private FontSubset() {
    }

    /**
     * The face's font file with only the glyphs of {@code codePoints} (and of the missing-glyph box).
     *
     * @param codePoints characters of the Basic Multilingual Plane; those the font lacks are ignored
     * @throws IllegalArgumentException for a character beyond the Basic Multilingual Plane
     */
    public static byte[] of(FontFace face, BitSet codePoints) {
        if (codePoints.length() > 0x10000) {
            throw new IllegalArgumentException("a subset's character map holds the Basic Multilingual Plane only");
        }
        byte[] subset;
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, KEPT);
            codePoints.stream().filter(face::covers).forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            subset = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset the font " + face, e);
        }
        TrueTypeTables original = TrueTypeTables.read(face.data());
        TrueTypeTables cut = TrueTypeTables.read(subset);
        if (!cut.has("OS/2") || original.table("OS/2").isEmpty()) {
            return subset;
        }
        ByteBuffer os2 = ByteBuffer.wrap(original.table("OS/2").get());
        if (os2.capacity() >= LAST_CHAR_INDEX + 2) {
            BitSet drawn = new BitSet();
            codePoints.stream().filter(face::covers).forEach(drawn::set);
            os2.putShort(FIRST_CHAR_INDEX, (short) Math.max(0, drawn.nextSetBit(0)));
            os2.putShort(LAST_CHAR_INDEX, (short) Math.max(0, drawn.length() - 1));
        }
        return cut.replacing(Map.of("OS/2", os2.array()));
    }
}
