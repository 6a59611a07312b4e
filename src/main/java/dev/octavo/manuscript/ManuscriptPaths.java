package dev.octavo.manuscript;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides where a reference written in the manuscript (an image, a link target) leads. The one place that
 * says whether a path is inside the manuscript directory: only such files are ever read, and symbolic links
 * that lead out of the directory count as outside.
 */
final class ManuscriptPaths {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    enum Kind {
        /** A URL with a scheme (https:, data:, file:, javascript: …) or a network path (//host/…). */
        URL,
        /** Not a path this system can represent. */
        INVALID,
        /** A path that leaves the manuscript directory, directly or through a symbolic link. */
        OUTSIDE,
        /** A path inside the manuscript directory; the file may or may not exist. */
        INSIDE
    }

    record Target(Kind kind, Path file) {
    }

    private final Path root;

    ManuscriptPaths(Path directory) {
        this.root = directory.toAbsolutePath().normalize();
    }

    Target resolve(String reference) {
        if (SCHEME.matcher(reference).find() || reference.startsWith("//")) {
            return new Target(Kind.URL, null);
        }
        String path = stripQueryAndFragment(reference);
        Path file;
        try {
            file = root.resolve(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return new Target(Kind.INVALID, null);
        }
        if (!file.startsWith(root) || leavesThroughLink(file)) {
            return new Target(Kind.OUTSIDE, file);
        }
        return new Target(Kind.INSIDE, file);
    }

    static String scheme(String reference) {
        var m = SCHEME.matcher(reference);
        return m.find() ? m.group().substring(0, m.group().length() - 1).toLowerCase(Locale.ROOT) : "";
    }

    private boolean leavesThroughLink(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            return !file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static String stripQueryAndFragment(String reference) {
        int end = reference.length();
        for (char c : new char[] {'#', '?'}) {
            int at = reference.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return reference.substring(0, end);
    }
}
