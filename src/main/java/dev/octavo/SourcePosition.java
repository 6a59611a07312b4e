package dev.octavo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in the manuscript: file, 1-based line and column (0 when unknown).
 * Printed like a compiler's, {@code manuscript/02-x.md:14:3}.
 *
 * @param file   the file (or folder, for a problem with a whole folder such as the fonts); never null
 * @param line   the line, from 1; 0 when unknown or for the file as a whole
 * @param column the column, from 1; 0 when unknown
 */
public record SourcePosition(Path file, int line, int column) {
    /**
     * Creates a position.
     *
     * @param file   the file or folder
     * @param line   the line, from 1; 0 when unknown
     * @param column the column, from 1; 0 when unknown
     * @throws NullPointerException when the file is null
     */
    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    /**
     * The position of a file (or folder) as a whole, with neither line nor column.
     *
     * @param file the file or folder
     * @return the position, shown as the path alone
     */
    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    /**
     * This position with its file shown relative to {@code base} when it lies below it, e.g.
     * {@code manuscript/02-x.md:14:3}. The line is left out when unknown, and so is the column.
     *
     * @param base the directory the path is shown relative to; null, or a directory the file is not below, to show
     *             the path as it is
     * @return the path, with forward slashes on every platform, then {@code :line} and {@code :column} when known
     */
    public String display(Path base) {
        Path shown = file;
        if (base != null) {
            Path absBase = base.toAbsolutePath().normalize();
            Path absFile = file.toAbsolutePath().normalize();
            if (absFile.startsWith(absBase)) {
                shown = absBase.relativize(absFile);
            }
        }
        StringBuilder out = new StringBuilder(shown.toString().replace('\\', '/'));
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return display(null);
    }
}
