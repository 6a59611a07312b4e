package dev.octavo.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a build's outputs go, each made whole before any reaches its place: files staged beside their targets in an
 * output folder ({@link StagedOutputs}), or buffers written to the caller's streams ({@link StreamOutputs}).
 */
public interface Outputs extends AutoCloseable {
    /** The content writer; if it throws, nothing of it reaches the target. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /** Writes an output by its plain file name, to be put in place by {@link #commit()}. */
    <T> T write(String fileName, Content<T> content) throws IOException;

    /** The {@link BuildRecord#checksum} of a written output's bytes. */
    String checksum(String fileName);

    /** Where an output is published, as messages name it. */
    Path target(String fileName);

    /** The size of a written output. */
    long size(String fileName) throws IOException;

    /** Puts every written output in its place. */
    void commit() throws IOException;

    /** Lets go of the outputs that were not committed. */
    @Override
    void close() throws IOException;
}
