package dev.octavo;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in the manuscript: file, 1-based line and column (0 when unknown).
 * Printed like a compiler's, {@code manuscript/02-x.md:14:3}.
 */
public record SourcePosition(Path file, int line, int column) {
    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    /** This position with its file shown relative to {@code base} when it lies below it. */
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
