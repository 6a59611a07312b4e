package dev.octavo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One SHA-256 over everything a build's outputs are made from: the files of the manuscript, styles and fonts
 * folders (each under its path in the folder, so that a rename counts), the settings, and Octavo itself. Two
 * builds with the same digest make the same bytes; that is what lets a build with nothing changed stop early.
 *
 * <p>Octavo counts by its version, the Java it runs on, and the size and time of the jar (or classes folder) its
 * code was loaded from: its defaults (house style, fonts, templates) are inside that jar, and a rebuilt snapshot
 * changes the jar's time. Hashing the jar itself would cost more than the rest (the command-line jar is 60 MB).
 */
public final class InputDigest {
    private final MessageDigest sha = sha256();
    private final List<Path> excluded = new ArrayList<>();

    /** A folder whose files are not inputs even where it lies inside an input folder (the output folder). */
    public InputDigest excluding(Path folder) {
        excluded.add(folder.toAbsolutePath().normalize());
        return this;
    }

    /** A setting, by name; null counts as unset. */
    public InputDigest setting(String name, Object value) {
        text("setting");
        text(name);
        text(value == null ? "\u0000unset" : value.toString());
        return this;
    }

    /** Every file under {@code folder}, by its path relative to it; a missing folder counts as absent. */
    public InputDigest folder(String role, Path folder) {
        text("folder");
        text(role);
        if (folder == null || !Files.isDirectory(folder)) {
            text("\u0000absent");
            return this;
        }
        Path root = folder.toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> excluded.stream().noneMatch(p::startsWith))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            text(root.relativize(file).toString().replace('\\', '/'));
            try (InputStream in = Files.newInputStream(file)) {
                text(Long.toString(Files.size(file)));
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return this;
    }

    /**
     * A theme from the class path, by its name and where it comes from: the jar's path, size and time (as for
     * Octavo's own jar), or every file of its folder.
     */
    public InputDigest theme(String name, java.net.URL location) {
        text("theme");
        text(name == null ? "\u0000none" : name);
        if (location == null) {
            return this;
        }
        try {
            if ("file".equals(location.getProtocol())) {
                // A theme in a folder of the class path (a build of the theme itself): its every file counts.
                Path file = Path.of(location.toURI());
                return folder("theme-files", Files.isDirectory(file) ? file : file.getParent());
            }
            if ("jar".equals(location.getProtocol())) {
                String jar = location.getPath().substring(0, location.getPath().indexOf("!/"));
                Path path = Path.of(new java.net.URI(jar));
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                text(path + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis());
                return this;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // told below
        }
        text("\u0000unknown|" + System.nanoTime());
        return this;
    }

    /** Octavo's own code and defaults: see the class comment. */
    public InputDigest octavo(Class<?> anchor) {
        text("octavo");
        text(String.valueOf(anchor.getPackage().getImplementationVersion()));
        text(Runtime.version().toString());
        try {
            var source = anchor.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location == null) {
                text("\u0000unknown");
            } else if (Files.isDirectory(location)) {
                // Classes in a folder (a build of Octavo itself): the newest file and the count stand for them.
                long newest = 0;
                long count = 0;
                try (Stream<Path> walk = Files.walk(location)) {
                    for (Path file : (Iterable<Path>) walk::iterator) {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        newest = Math.max(newest, attributes.lastModifiedTime().toMillis());
                        count++;
                    }
                }
                text(location + "|" + count + "|" + newest);
            } else {
                BasicFileAttributes attributes = Files.readAttributes(location, BasicFileAttributes.class);
                text(location + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Nothing to tell Octavo's code by: a digest that matches no other, so that every build is a full one.
            text("\u0000unknown|" + System.nanoTime());
        }
        return this;
    }

    /** The digest as 64 hex digits; this object is done with. */
    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A length before the bytes, so that no two sequences of texts run together into the same bytes. */
    private void text(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) (bytes.length >>> 24));
        sha.update((byte) (bytes.length >>> 16));
        sha.update((byte) (bytes.length >>> 8));
        sha.update((byte) bytes.length);
        sha.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
