package dev.octavo.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written one:
 * the bytes go to a temporary file beside the target, which is then moved over it in one step.
 *
 * <p>{@link #stage} separates the two steps, so that a publisher can write several outputs and move them into
 * place only once all of them were written: a build that fails then leaves every earlier output as it was.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** The content writer; it may throw, and then the target is left as it was. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * A complete new version of a file, written beside its target and not yet moved over it. Closing a staged
     * file that was not committed deletes it.
     */
    public static final class Staged<T> implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final T result;
        private boolean committed;

        private Staged(Path target, Path temp, T result) {
            this.target = target;
            this.temp = temp;
            this.result = result;
        }

        /** What the content writer returned. */
        public T result() {
            return result;
        }

        /** The size of the new version in bytes. */
        public long size() throws IOException {
            return Files.size(committed ? target : temp);
        }

        /** Moves the new version over the target, in one step where the file system allows. */
        public void commit() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    public static <T> T write(Path target, Content<T> content) throws IOException {
        try (Staged<T> staged = stage(target, content)) {
            staged.commit();
            return staged.result();
        }
    }

    /** Writes the new version beside the target; the caller commits or closes it. */
    public static <T> Staged<T> stage(Path target, Content<T> content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Not Files.createTempFile: its owner-only permissions would end up on the published file.
        Path temp = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean written = false;
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                result = content.writeTo(out);
            }
            written = true;
            return new Staged<>(target, temp, result);
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
