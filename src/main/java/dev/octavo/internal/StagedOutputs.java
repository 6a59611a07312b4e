package dev.octavo.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Writes the outputs of one build so that a failed build changes nothing. Each output goes to a temporary
 * file beside its target; only when every output is complete does {@link #commit()} move them into place,
 * each in one atomic step, so readers see either the old file or the whole new one. {@link #close()} deletes
 * whatever was not committed.
 *
 * <p>The rule for the output directory lives here: Octavo writes only the plain file names it is given, its
 * {@link BuildRecord} and its own dot-prefixed temporary files, never anything outside the directory, and it
 * deletes nothing but its own temporary files. Everything else in the directory is left as it was.
 */
public final class StagedOutputs implements Outputs {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final Path directory;
    // The PDF and the EPUB are written on two threads at once.
    private final Map<Path, Path> staged = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Path, String> checksums = new java.util.concurrent.ConcurrentHashMap<>();

    public StagedOutputs(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Writes {@code fileName} (a plain name, no folders) to a temporary file in the output directory. */
    @Override
    public <T> T write(String fileName, Content<T> content) throws IOException {
        Path target = target(fileName);
        if (staged.containsKey(target)) {
            throw new IllegalStateException(fileName + " is already staged");
        }
        refuseDirectory(target);
        Files.createDirectories(directory);
        // Not Files.createTempFile: its owner-only permissions would end up on the published file.
        Path temp = directory.resolve("." + fileName + "." + UUID.randomUUID() + ".tmp");
        staged.put(target, temp);
        CRC32C crc = new CRC32C();
        T result;
        try (OutputStream out = new BufferedOutputStream(new CheckedOutputStream(
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), crc), 1 << 16)) {
            result = content.writeTo(out);
        }
        checksums.put(target, BuildRecord.checksum(crc, Files.size(temp)));
        return result;
    }

    /** The {@link BuildRecord#checksum} of a written output's bytes. */
    @Override
    public String checksum(String fileName) {
        String checksum = checksums.get(target(fileName));
        if (checksum == null) {
            throw new IllegalStateException(fileName + " was not written");
        }
        return checksum;
    }

    /** Where {@code fileName} is published. */
    @Override
    public Path target(String fileName) {
        if (!PLAIN_NAME.matcher(fileName).matches() && !fileName.equals(BuildRecord.FILE_NAME)) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        return directory.resolve(fileName);
    }

    /** The size of a staged output, before or after commit. */
    @Override
    public long size(String fileName) throws IOException {
        Path temp = staged.get(target(fileName));
        return Files.size(temp != null && Files.exists(temp) ? temp : target(fileName));
    }

    /** Moves every staged output into place. */
    @Override
    public void commit() throws IOException {
        synchronized (staged) {
            commitStaged();
        }
    }

    private void commitStaged() throws IOException {
        for (Map.Entry<Path, Path> entry : staged.entrySet()) {
            Path target = entry.getKey();
            refuseDirectory(target);
            try {
                Files.move(entry.getValue(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(entry.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        staged.clear();
    }

    /** Deletes the temporary files of outputs that were not committed. */
    @Override
    public void close() throws IOException {
        synchronized (staged) {
            for (Path temp : staged.values()) {
                Files.deleteIfExists(temp);
            }
            staged.clear();
        }
    }

    /** A folder where an output belongs is not Octavo's to replace (a move would replace an empty one). */
    private static void refuseDirectory(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder; Octavo replaces only files it writes");
        }
    }
}
