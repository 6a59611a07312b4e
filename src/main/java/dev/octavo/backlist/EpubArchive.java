package dev.octavo.backlist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The entries of an EPUB's zip, read once into memory with limits, so that nothing later reads the zip itself.
 * An entry whose name could lead out of a folder it were written to (a {@code ..} segment, an absolute path, a
 * drive letter, a backslash) refuses the whole book: such a zip was made to attack, not by mistake ("zip slip").
 * Too many entries or too many bytes once inflated refuse it too (a zip bomb).
 */
final class EpubArchive {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_BYTES = 512L << 20;

    private final Map<String, byte[]> entries;

    private EpubArchive(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    /** The archive, or empty when it is refused or unreadable (reported at the entry or the book). */
    static Optional<EpubArchive> read(Path epub, ImportLog log) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                log.error(log.at(""), "the EPUB has " + zip.size() + " entries; an EPUB of more than " + MAX_ENTRIES
                        + " is refused");
                return Optional.empty();
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!safe(name)) {
                    // At the book itself: a path made of the name would climb out of it when shown.
                    log.error(log.at(""), "the zip entry '" + name + "' points outside the book (a '..' or an"
                            + " absolute path); the EPUB is refused and nothing is written");
                    return Optional.empty();
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                    total += bytes.length;
                    if (total > MAX_BYTES) {
                        log.error(log.at(name), "the EPUB inflates to more than " + (MAX_BYTES >> 20)
                                + " MiB; it is refused");
                        return Optional.empty();
                    }
                    entries.put(name, bytes);
                } catch (ZipException e) {
                    log.leftOut(log.at(name), "the entry cannot be unpacked (" + e.getMessage() + "); it is left out");
                }
            }
        } catch (ZipException e) {
            log.error(log.at(""), "the file is not a zip, so not an EPUB (" + e.getMessage() + ")");
            return Optional.empty();
        } catch (IOException e) {
            log.error(log.at(""), "the EPUB cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new EpubArchive(Collections.unmodifiableMap(entries)));
    }

    /** A relative path of plain segments: nothing that could climb out of, or start outside, a folder. */
    static boolean safe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    Map<String, byte[]> entries() {
        return entries;
    }

    Optional<byte[]> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }
}
