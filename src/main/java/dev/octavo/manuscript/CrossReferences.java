package dev.octavo.manuscript;

import dev.octavo.SourcePosition;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Resolves a link that leads into the book: another chapter file ({@code 02-x.md}), a heading or figure in it
 * ({@code 02-x.md#slug}), or one in the same file ({@code #slug}). A fragment may be the author's {@code {#id}},
 * GitHub's anchor for a heading, or Octavo's own id, percent-encoded or not; an id the author gave is unique in
 * the book, so {@code #fig:map} alone finds it in any chapter. A link to a file or anchor the
 * book does not have is an error, as an undefined footnote is: the reader would follow it to nowhere.
 */
final class CrossReferences {
    private final Anchors anchors;
    private final ManuscriptPaths paths;
    private final Diagnostics diagnostics;

    CrossReferences(Anchors anchors, ManuscriptPaths paths, Diagnostics diagnostics) {
        this.anchors = anchors;
        this.paths = paths;
        this.diagnostics = diagnostics;
    }

    /**
     * The anchor a relative link leads to; empty when it leads nowhere in the book, which is reported: an error
     * for a missing file or anchor, a warning for a file of the manuscript that is not part of the text.
     *
     * @param from the file the link is written in
     */
    Optional<Anchors.Anchor> resolve(String url, Path from, SourcePosition at) {
        if (url.isBlank()) {
            diagnostics.warning(at, "a link without a target; only its text is kept");
            return Optional.empty();
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path file = from;
        if (!path.isEmpty()) {
            ManuscriptPaths.Target target = paths.resolve(path);
            if (target.kind() == ManuscriptPaths.Kind.OUTSIDE) {
                diagnostics.error(at, "link '" + url + "' leads outside the manuscript directory; it was refused");
                return Optional.empty();
            }
            if (target.kind() != ManuscriptPaths.Kind.INSIDE) {
                diagnostics.error(at, "link '" + url + "' is not a valid path");
                return Optional.empty();
            }
            file = target.file();
        }
        Optional<Anchors.FileAnchors> anchorsOfFile = anchors.file(file);
        if (anchorsOfFile.isEmpty()) {
            if (Files.exists(file)) {
                diagnostics.warning(at, "link target '" + url + "' is a file of the manuscript but not a chapter or"
                        + " the glossary; only the link text is kept");
            } else {
                diagnostics.error(at, "link '" + url + "' leads to " + file.getFileName()
                        + ", which is not in the manuscript");
            }
            return Optional.empty();
        }
        Anchors.FileAnchors target = anchorsOfFile.get();
        if (fragment.isEmpty()) {
            return Optional.of(target.whole());
        }
        Optional<Anchors.Anchor> named = target.named(fragment);
        if (named.isEmpty() && path.isEmpty()) {
            // An id the author gave is the book's own: "#fig:map" finds the figure from any chapter.
            named = anchors.namedByAuthor(fragment);
        }
        if (named.isEmpty()) {
            String hint = Suggestions.closest(fragment, target.names()).map(s -> " (did you mean '#" + s + "'?)")
                    .orElse("");
            diagnostics.error(at, "link '" + url + "': " + file.getFileName() + " has no heading or figure '#"
                    + fragment + "'" + hint);
        }
        return named;
    }

    /** A fragment as the manuscript's text has it: percent-decoded ('+' is itself), NFC. */
    private static String decode(String fragment) {
        String decoded;
        try {
            decoded = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = fragment; // a stray '%': taken as written
        }
        return Normalizer.normalize(decoded, Normalizer.Form.NFC);
    }
}
