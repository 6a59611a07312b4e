package dev.octavo.fonts;

import dev.octavo.testing.Seed;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF renderer's copy of each font must be the same font, GSUB aside: fontbox reads it, it has the same
 * glyphs, cmap and tables byte for byte, and its table directory and checksums follow the OpenType
 * specification (checked here with our own arithmetic, independently of {@link TrueTypeTables}).
 */
class GsubFreeFontTest {
    private static List<FontFace> faces;

    @BeforeAll
    static void load() {
        faces = FontSet.fromDirectory(Seed.projectDir().resolve("fonts")).faces();
        assertEquals(7, faces.size(), "the repository's fonts");
    }

    @Test
    void theOriginalsHaveAGsubTableAndTheEpubKeepsThem() throws Exception {
        for (FontFace face : faces) {
            try (TrueTypeFont font = parse(face.data())) {
                assertTrue(font.getTableMap().containsKey("GSUB"), face + ": the test needs fonts with GSUB");
            }
            Path file = fileOf(face);
            assertArrayEquals(Files.readAllBytes(file), face.data(), face + ": data() must be the file as it is");
        }
    }

    @Test
    void pdfDataHasNoGsubAndEveryOtherTableByteForByte() throws Exception {
        for (FontFace face : faces) {
            try (TrueTypeFont original = parse(face.data()); TrueTypeFont stripped = parse(face.pdfData())) {
                Set<String> expected = new TreeSet<>(original.getTableMap().keySet());
                expected.remove("GSUB");
                expected.remove("DSIG");
                assertEquals(expected, new TreeSet<>(stripped.getTableMap().keySet()), face.toString());
                for (String tag : expected) {
                    byte[] before = tableBytes(original, tag);
                    byte[] after = tableBytes(stripped, tag);
                    if (tag.equals("head")) {
                        // Only checkSumAdjustment (bytes 8–11) may change.
                        Arrays.fill(before, 8, 12, (byte) 0);
                        Arrays.fill(after, 8, 12, (byte) 0);
                    }
                    assertArrayEquals(before, after, face + " table " + tag);
                }
            }
        }
    }

    @Test
    void pdfDataHasTheSameGlyphCountAndCmap() throws Exception {
        for (FontFace face : faces) {
            try (TrueTypeFont original = parse(face.data()); TrueTypeFont stripped = parse(face.pdfData())) {
                assertEquals(original.getNumberOfGlyphs(), stripped.getNumberOfGlyphs(), face.toString());
                assertEquals(original.getName(), stripped.getName(), face.toString());
                CmapLookup before = original.getUnicodeCmapLookup();
                CmapLookup after = stripped.getUnicodeCmapLookup();
                int mapped = 0;
                for (int codePoint = 0; codePoint <= 0xFFFF; codePoint++) {
                    int glyph = before.getGlyphId(codePoint);
                    assertEquals(glyph, after.getGlyphId(codePoint), face + " U+" + Integer.toHexString(codePoint));
                    mapped += glyph != 0 ? 1 : 0;
                }
                assertTrue(mapped > 200, face + " maps only " + mapped + " characters");
            }
        }
    }

    @Test
    void pdfDataHasAValidTableDirectoryAndChecksums() {
        for (FontFace face : faces) {
            ByteBuffer font = ByteBuffer.wrap(face.pdfData());
            assertEquals(0, font.capacity() % 4, face + ": the file is padded to whole 32-bit words");
            int count = Short.toUnsignedInt(font.getShort(4));
            int power = Integer.highestOneBit(count);
            assertEquals(power * 16, Short.toUnsignedInt(font.getShort(6)), face + " searchRange");
            assertEquals(Integer.numberOfTrailingZeros(power), Short.toUnsignedInt(font.getShort(8)), face + " entrySelector");
            assertEquals(count * 16 - power * 16, Short.toUnsignedInt(font.getShort(10)), face + " rangeShift");
            List<String> tags = new ArrayList<>();
            int headOffset = -1;
            for (int i = 0; i < count; i++) {
                int record = 12 + 16 * i;
                String tag = new String(face.pdfData(), record, 4, StandardCharsets.ISO_8859_1);
                long checksum = Integer.toUnsignedLong(font.getInt(record + 4));
                int offset = font.getInt(record + 8);
                int length = font.getInt(record + 12);
                tags.add(tag);
                assertEquals(0, offset % 4, face + " " + tag + " starts on a 32-bit boundary");
                assertTrue(offset >= 12 + 16 * count && offset + length <= font.capacity(), face + " " + tag + " inside the file");
                byte[] table = Arrays.copyOfRange(face.pdfData(), offset, offset + ((length + 3) & ~3));
                if (tag.equals("head")) {
                    headOffset = offset;
                    Arrays.fill(table, 8, 12, (byte) 0);
                }
                assertEquals(sum(table), checksum, face + " checksum of " + tag);
            }
            List<String> sorted = new ArrayList<>(tags);
            sorted.sort(null);
            assertEquals(sorted, tags, face + ": table records sorted by tag");
            assertFalse(tags.contains("GSUB"), face.toString());
            assertTrue(headOffset > 0, face + " has a head table");
            assertEquals(0xB1B0AFBAL, sum(face.pdfData()), face + ": whole-file checksum (head.checkSumAdjustment)");
        }
    }

    @Test
    void aFontWithoutGsubIsReturnedAsItIs() {
        byte[] once = faces.get(0).pdfData();
        assertSame(once, GsubFreeFont.of(once));
    }

    @Test
    void bytesThatAreNoFontOrATruncatedDirectoryAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GsubFreeFont.of(new byte[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> GsubFreeFont.of("<html>not a font</html>".getBytes(StandardCharsets.US_ASCII)));
        byte[] truncated = Arrays.copyOf(faces.get(0).data(), 100);
        assertThrows(IllegalArgumentException.class, () -> GsubFreeFont.of(truncated));
    }

    private static long sum(byte[] bytes) {
        ByteBuffer words = ByteBuffer.wrap(Arrays.copyOf(bytes, (bytes.length + 3) & ~3));
        long sum = 0;
        while (words.hasRemaining()) {
            sum += Integer.toUnsignedLong(words.getInt());
        }
        return sum & 0xFFFFFFFFL;
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    private static byte[] tableBytes(TrueTypeFont font, String tag) throws IOException {
        Map<String, TTFTable> tables = font.getTableMap();
        return font.getTableBytes(tables.get(tag));
    }

    private static Path fileOf(FontFace face) throws IOException {
        try (var walk = Files.walk(Seed.projectDir().resolve("fonts"))) {
            return walk.filter(p -> p.getFileName().toString().equals(face.fileName())).findFirst().orElseThrow();
        }
    }
}
