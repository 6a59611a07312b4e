package dev.octavo.pdf.finish;

import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessStreamCache;

import java.io.IOException;
import java.util.Arrays;

/**
 * Keeps a document's streams (page contents, fonts) in plain growable byte arrays. PDFBox's own memory buffer
 * checks that it is open and goes through a {@code ByteBuffer} for every byte, and its content-stream writer
 * writes most operands and every separating space one byte at a time: a tenth of the drawing time of a book.
 * The bytes are the same; only the way they are kept differs. Each buffer is used by one thread at a time, as
 * PDFBox uses its own.
 *
 * <p>Public for {@link dev.octavo.pdf.engine.TypesetDocument}, which makes each print document with it.
 */
public final class ArrayStreamCache implements RandomAccessStreamCache {
    @Override
    public RandomAccess createBuffer() {
        return new ArrayBuffer();
    }

    @Override
    public void close() {
        // Nothing to release: each buffer is garbage once its stream is.
    }

    /** A growable byte array with a position, read and written like a file. */
    static final class ArrayBuffer implements RandomAccess {
        private static final int INITIAL = 1024;
        private static final byte[] EMPTY = new byte[0];

        private byte[] data;
        private int size;
        private int position;
        private boolean closed;

        ArrayBuffer() {
            this(new byte[INITIAL], 0);
        }

        private ArrayBuffer(byte[] data, int size) {
            this.data = data;
            this.size = size;
        }

        @Override
        public void write(int b) throws IOException {
            ensureOpen();
            reserve(1);
            data[position++] = (byte) b;
            size = Math.max(size, position);
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ensureOpen();
            reserve(length);
            System.arraycopy(bytes, offset, data, position, length);
            position += length;
            size = Math.max(size, position);
        }

        /** Empty again, and the array let go: a stream rewritten smaller (a page's contents compressed) keeps no more. */
        @Override
        public void clear() throws IOException {
            ensureOpen();
            data = EMPTY;
            size = 0;
            position = 0;
        }

        @Override
        public int read() throws IOException {
            ensureOpen();
            return position < size ? data[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            ensureOpen();
            if (length == 0) {
                return 0;
            }
            if (position >= size) {
                return -1;
            }
            int count = Math.min(length, size - position);
            System.arraycopy(data, position, bytes, offset, count);
            position += count;
            return count;
        }

        @Override
        public long getPosition() throws IOException {
            ensureOpen();
            return position;
        }

        /** As PDFBox's buffer does: a position past the end is the end. */
        @Override
        public void seek(long newPosition) throws IOException {
            ensureOpen();
            if (newPosition < 0) {
                throw new IOException("invalid position " + newPosition);
            }
            position = (int) Math.min(newPosition, size);
        }

        @Override
        public long length() throws IOException {
            ensureOpen();
            return size;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isEOF() throws IOException {
            ensureOpen();
            return position >= size;
        }

        /** As PDFBox's buffer does: a view reads the same bytes with a position of its own. */
        @Override
        public RandomAccessReadView createView(long start, long length) throws IOException {
            ensureOpen();
            return new RandomAccessReadView(new ArrayBuffer(data, size), start, length, true);
        }

        @Override
        public void close() {
            closed = true;
            data = null;
        }

        private void reserve(int more) throws IOException {
            long needed = (long) position + more;
            if (needed > data.length) {
                if (needed > Integer.MAX_VALUE - 8) {
                    throw new IOException("a PDF stream of more than 2 GB");
                }
                data = Arrays.copyOf(data, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 8L, data.length * 2L)));
            }
        }

        private void ensureOpen() throws IOException {
            if (closed) {
                throw new IOException("the stream's buffer is closed");
            }
        }
    }
}
