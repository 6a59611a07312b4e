package dev.octavo.backlist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes an imported manuscript whole or not at all: every file goes into a hidden folder beside the target,
 * created new, and the folder is moved into place only when complete. Paths come from the import itself (plain
 * names under the folder) and are checked once more here, so nothing is ever written outside it. A target that
 * exists and is not empty is refused, unless {@code force}: then the old folder is moved aside first and deleted
 * only once the new one is in place.
 */
public final class ManuscriptFolder {
    private ManuscriptFolder() {
    }

    /**
     * @throws IllegalArgumentException when the target is a file, or a folder with something in it and not force
     * @throws UncheckedIOException     when a file cannot be written; nothing is left behind
     */
    public static void write(Path target, Map<String, byte[]> files, boolean force) {
        Path folder = target.toAbsolutePath().normalize();
        refuseInUse(folder, force);
        Path parent = folder.getParent();
        Path staging = parent.resolve("." + folder.getFileName() + ".import-" + UUID.randomUUID());
        try {
            Files.createDirectories(parent);
            Files.createDirectory(staging);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey()).normalize();
                if (!path.startsWith(staging) || path.equals(staging)) {
                    throw new IllegalStateException("an imported file's name leaves the manuscript: " + file.getKey());
                }
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            Path old = null;
            if (Files.exists(folder)) {
                old = parent.resolve("." + folder.getFileName() + ".replaced-" + UUID.randomUUID());
                move(folder, old);
            }
            move(staging, folder);
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            try {
                delete(staging);
            } catch (IOException ignored) {
                // the first failure is the one to tell
            }
            throw new UncheckedIOException("cannot write the manuscript " + target, e);
        }
    }

    /**
     * Refuses a target in use before any work is done; {@link #write} checks again.
     *
     * @throws IllegalArgumentException when the target is a file, or a folder with something in it and not force
     */
    public static void refuseInUse(Path folder, boolean force) {
        if (Files.isRegularFile(folder)) {
            throw new IllegalArgumentException(folder + " is a file, not a folder for the manuscript");
        }
        if (Files.isDirectory(folder) && !force) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(folder + " is not empty; the import writes into a new or empty"
                            + " folder (--force, or -Doctavo.force, replaces what is there)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder, e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
