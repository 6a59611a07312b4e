package dev.octavo.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table directory of a TrueType (sfnt) font file, and copies of the file without some of its tables.
 *
 * <p>A copy is a complete, valid font file, written the way the OpenType specification asks: the table records
 * sorted by tag, the binary-search fields of the header recomputed for the new table count, every table starting
 * on a four-byte boundary and padded with zeros, every record's checksum recomputed, and
 * {@code head.checkSumAdjustment} set so that the whole file sums to {@code 0xB1B0AFBA}. The bytes of the kept
 * tables are not changed (apart from that one field), so glyphs, metrics and cmap stay exactly as they were.
 */
final class TrueTypeTables {
    private static final int HEADER_SIZE = 12;
    private static final int RECORD_SIZE = 16;
    /** {@code checkSumAdjustment} is the third 32-bit field of the {@code head} table. */
    private static final int CHECKSUM_ADJUSTMENT_OFFSET = 8;
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    /** One table record: where a table lies in the original file. */
    record Table(String tag, int offset, int length) {
    }

    private final byte[] file;
    private final int sfntVersion;
    private final List<Table> tables;

    private TrueTypeTables(byte[] file, int sfntVersion, List<Table> tables) {
        this.file = file;
        this.sfntVersion = sfntVersion;
        this.tables = tables;
    }

    /**
     * Reads the table directory of a single font file ({@code .ttf}; not a collection).
     *
     * @throws IllegalArgumentException when the bytes are no sfnt font or a table lies outside the file
     */
    static TrueTypeTables read(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        require(file.length >= HEADER_SIZE, "shorter than a font header");
        int version = in.getInt(0);
        require(version == 0x00010000 || version == tag("true") || version == tag("OTTO"),
                "not a TrueType or OpenType font (a font collection or another format)");
        int count = Short.toUnsignedInt(in.getShort(4));
        require(file.length >= HEADER_SIZE + (long) count * RECORD_SIZE, "table directory runs past the end of the file");
        List<Table> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int record = HEADER_SIZE + i * RECORD_SIZE;
            String tag = new String(file, record, 4, StandardCharsets.ISO_8859_1);
            long offset = Integer.toUnsignedLong(in.getInt(record + 8));
            long length = Integer.toUnsignedLong(in.getInt(record + 12));
            require(offset + length <= file.length, "table '" + tag + "' lies outside the file");
            tables.add(new Table(tag, (int) offset, (int) length));
        }
        return new TrueTypeTables(file, version, List.copyOf(tables));
    }

    List<Table> tables() {
        return tables;
    }

    boolean has(String tag) {
        return tables.stream().anyMatch(t -> t.tag().equals(tag));
    }

    /** The font without the tables of the given tags; the original bytes when it has none of them. */
    byte[] without(Set<String> tags) {
        if (tables.stream().noneMatch(t -> tags.contains(t.tag()))) {
            return file;
        }
        return rebuilt(tags, Map.of());
    }

    /** The font with some of its tables' bytes replaced by others (tables it lacks are not added). */
    byte[] replacing(Map<String, byte[]> replacements) {
        return rebuilt(Set.of(), replacements);
    }

    /** The bytes of one table, if the font has it. */
    Optional<byte[]> table(String tag) {
        return tables.stream().filter(t -> t.tag().equals(tag)).findFirst()
                .map(t -> Arrays.copyOfRange(file, t.offset(), t.offset() + t.length()));
    }

    private byte[] rebuilt(Set<String> dropped, Map<String, byte[]> replacements) {
        // Kept tables stay in the order of the original file (fonts order them for loading), records by tag.
        List<Table> kept = tables.stream().filter(t -> !dropped.contains(t.tag()))
                .sorted(Comparator.comparingInt(Table::offset)).toList();
        int directorySize = HEADER_SIZE + kept.size() * RECORD_SIZE;
        long size = directorySize;
        for (Table table : kept) {
            size += padded(replacements.containsKey(table.tag()) ? replacements.get(table.tag()).length : table.length());
        }
        require(size <= Integer.MAX_VALUE, "font too large");
        ByteBuffer out = ByteBuffer.allocate((int) size);

        List<Table> placed = new ArrayList<>(kept.size());
        List<Long> checksums = new ArrayList<>(kept.size());
        int position = directorySize;
        int headOffset = -1;
        for (Table table : kept) {
            byte[] replacement = replacements.get(table.tag());
            int length = replacement != null ? replacement.length : table.length();
            if (replacement != null) {
                out.put(position, replacement);
            } else {
                out.put(position, file, table.offset(), table.length());
            }
            if (table.tag().equals("head")) {
                require(length >= CHECKSUM_ADJUSTMENT_OFFSET + 4, "head table too short");
                headOffset = position;
                // The head checksum is computed with checkSumAdjustment set to zero.
                out.putInt(position + CHECKSUM_ADJUSTMENT_OFFSET, 0);
            }
            placed.add(new Table(table.tag(), position, length));
            checksums.add(checksum(out, position, padded(length)));
            position += padded(length);
        }

        out.putInt(0, sfntVersion);
        int count = kept.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(Math.max(count, 1));
        int searchRange = (1 << entrySelector) * RECORD_SIZE;
        out.putShort(4, (short) count);
        out.putShort(6, (short) searchRange);
        out.putShort(8, (short) entrySelector);
        out.putShort(10, (short) (count * RECORD_SIZE - searchRange));
        List<Integer> byTag = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byTag.add(i);
        }
        byTag.sort(Comparator.comparing(i -> placed.get(i).tag()));
        int record = HEADER_SIZE;
        for (int i : byTag) {
            Table table = placed.get(i);
            out.put(record, table.tag().getBytes(StandardCharsets.ISO_8859_1));
            out.putInt(record + 4, (int) (long) checksums.get(i));
            out.putInt(record + 8, table.offset());
            out.putInt(record + 12, table.length());
            record += RECORD_SIZE;
        }
        if (headOffset >= 0) {
            long whole = checksum(out, 0, out.capacity());
            out.putInt(headOffset + CHECKSUM_ADJUSTMENT_OFFSET, (int) ((CHECKSUM_MAGIC - whole) & 0xFFFFFFFFL));
        }
        return out.array();
    }

    /** The sum of the big-endian 32-bit words of a four-byte-aligned, zero-padded range, modulo 2^32. */
    static long checksum(ByteBuffer data, int offset, int length) {
        long sum = 0;
        for (int i = offset; i < offset + length; i += 4) {
            sum += Integer.toUnsignedLong(data.getInt(i));
        }
        return sum & 0xFFFFFFFFL;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int tag(String tag) {
        return ByteBuffer.wrap(tag.getBytes(StandardCharsets.ISO_8859_1)).getInt();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("malformed font: " + problem);
        }
    }
}
