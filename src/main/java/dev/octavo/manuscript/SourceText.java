package dev.octavo.manuscript;

import dev.octavo.SourcePosition;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A manuscript file's text, NFC-normalised, with the line starts needed to turn offsets into positions.
 */
public final class SourceText {
    private final Path path;
    private final String text;
    private final int[] lineStarts;

    public SourceText(Path path, String text) {
        this.path = path;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** The 1-based line and column of a character offset. */
    public SourcePosition position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourcePosition(path, line + 1, offset - lineStarts[line] + 1);
    }

    public SourcePosition line(int line) {
        return new SourcePosition(path, line, 0);
    }

    /** The offset where a 1-based line starts; past the last line, the end of the text. */
    int lineStart(int line) {
        return line >= 1 && line <= lineStarts.length ? lineStarts[line - 1] : line < 1 ? 0 : text.length();
    }

    /** The offset just after a 1-based line's last character (before its newline). */
    int lineEnd(int line) {
        return line >= 1 && line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    }

    /** By {@code indexOf}, which the JVM runs as one fast intrinsic, not a loop of charAt: a manuscript is read cold. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = newline + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
