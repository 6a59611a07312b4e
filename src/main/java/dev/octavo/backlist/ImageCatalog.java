package dev.octavo.backlist;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The book's images as the manuscript keeps them: {@code images/} and their own file names, renamed only where two
 * share a name or a name says another format than the bytes. The format is taken from the bytes, not from the
 * manifest's media type or the extension; a format Octavo cannot print (BMP, TIFF…) is left out, reported.
 */
final class ImageCatalog {
    private final EpubArchive archive;
    private final ImportLog log;
    private final Map<String, Optional<String>> byEntry = new HashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    ImageCatalog(EpubArchive archive, ImportLog log) {
        this.archive = archive;
        this.log = log;
    }

    /** The manuscript's path for the image at {@code entry} ({@code images/x.png}), or empty when it cannot be used. */
    Optional<String> path(String entry, dev.octavo.SourcePosition usedAt) {
        return byEntry.computeIfAbsent(entry, e -> add(e, usedAt));
    }

    /** Every image to write, by its path in the manuscript, in the order first used. */
    Map<String, byte[]> files() {
        return files;
    }

    private Optional<String> add(String entry, dev.octavo.SourcePosition usedAt) {
        Optional<byte[]> bytes = archive.get(entry);
        if (bytes.isEmpty()) {
            log.leftOut(usedAt, "the image '" + entry + "' is not in the EPUB; it is left out");
            return Optional.empty();
        }
        Optional<String> format = format(bytes.get());
        if (format.isEmpty()) {
            log.leftOut(usedAt, "the image '" + entry + "' is not PNG, JPEG, GIF, WebP or SVG; it is left out");
            return Optional.empty();
        }
        String fileName = entry.substring(entry.lastIndexOf('/') + 1);
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT) : "";
        if (!extension.equals(format.get()) && !(extension.equals("jpeg") && format.get().equals("jpg"))) {
            if (!extension.isEmpty()) {
                log.leftOut(usedAt, "the image '" + entry + "' is " + format.get().toUpperCase(Locale.ROOT)
                        + " whatever its name says; it is kept as ." + format.get());
            }
            extension = format.get();
        }
        base = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+", "");
        base = base.isEmpty() ? "image" : base;
        String name = "images/" + base + "." + extension;
        for (int n = 2; files.containsKey(name); n++) {
            name = "images/" + base + "-" + n + "." + extension;
        }
        files.put(name, bytes.get());
        return Optional.of(name);
    }

    /** The extension the bytes call for, read from their first bytes. */
    static Optional<String> format(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("png");
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("jpg");
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return Optional.of("gif");
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("webp");
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.UTF_8);
        return head.contains("<svg") ? Optional.of("svg") : Optional.empty();
    }
}
