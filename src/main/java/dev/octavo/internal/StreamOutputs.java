package dev.octavo.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * Outputs made in memory and written to the caller's streams on {@link #commit()}, once every output is whole: a
 * failed build writes nothing to any stream. Nothing is written to any file. The streams stay open: they are the
 * caller's.
 */
public final class StreamOutputs implements Outputs {
    private final Function<String, OutputStream> streams;
    // The PDF and the EPUB are written on two threads at once.
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();

    /** @param streams the stream of each output, by its file name; null for an output nobody wants */
    public StreamOutputs(Function<String, OutputStream> streams) {
        this.streams = streams;
    }

    @Override
    public <T> T write(String fileName, Content<T> content) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        T result = content.writeTo(buffer);
        if (made.putIfAbsent(fileName, buffer.toByteArray()) != null) {
            throw new IllegalStateException(fileName + " is already written");
        }
        return result;
    }

    @Override
    public String checksum(String fileName) {
        byte[] bytes = bytes(fileName);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return BuildRecord.checksum(crc, bytes.length);
    }

    /** Only a name for messages: the output has no file. */
    @Override
    public Path target(String fileName) {
        return Path.of(fileName);
    }

    @Override
    public long size(String fileName) {
        return bytes(fileName).length;
    }

    @Override
    public void commit() throws IOException {
        for (Map.Entry<String, byte[]> output : made.entrySet()) {
            OutputStream out = streams.apply(output.getKey());
            if (out != null) {
                out.write(output.getValue());
                out.flush();
            }
        }
        made.clear();
    }

    @Override
    public void close() {
        made.clear();
    }

    private byte[] bytes(String fileName) {
        byte[] bytes = made.get(fileName);
        if (bytes == null) {
            throw new IllegalStateException(fileName + " was not written");
        }
        return bytes;
    }
}
