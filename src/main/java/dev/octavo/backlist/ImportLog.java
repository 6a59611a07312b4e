package dev.octavo.backlist;

import dev.octavo.Diagnostic;
import dev.octavo.SourcePosition;
import org.jsoup.nodes.Node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one import found wrong or could not carry over, each at its place in the EPUB: the entry's name after the
 * book's path and {@code !/}, as a jar URL names it ({@code book.epub!/OEBPS/ch1.xhtml:12:5}). Errors stop the
 * import; warnings are what {@code IMPORT.md} lists.
 */
final class ImportLog {
    private final Path epub;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    ImportLog(Path epub) {
        this.epub = epub;
    }

    /** The entry's position; the book's own for the empty name (a problem with the whole file). */
    SourcePosition at(String entry) {
        return SourcePosition.of(entry.isEmpty() ? epub : Path.of(epub + "!/" + entry));
    }

    /** The position of a node parsed with jsoup's position tracking; the entry alone when it has none. */
    SourcePosition at(String entry, Node node) {
        var start = node.sourceRange().start();
        return start.isTracked() ? new SourcePosition(Path.of(epub + "!/" + entry), start.lineNumber(),
                start.columnNumber()) : at(entry);
    }

    void error(SourcePosition position, String message) {
        diagnostics.add(Diagnostic.error(position, message));
    }

    void leftOut(SourcePosition position, String message) {
        diagnostics.add(Diagnostic.warning(position, message));
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** The report a publisher reads after the import: every warning at its entry, line and column. */
    String report(String bookName) {
        StringBuilder out = new StringBuilder("# What the import of ").append(bookName).append(" left out\n\n");
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
        if (warnings.isEmpty()) {
            out.append("Nothing: every document, note, glossary term and image was carried over.\n");
            return out.toString();
        }
        out.append("Each line names the EPUB's entry, then its line and column.\n\n");
        String prefix = epub + "!/";
        for (Diagnostic warning : warnings) {
            String where = warning.position().display(null);
            where = where.startsWith(prefix) ? where.substring(prefix.length()) : where;
            out.append("- `").append(where).append("`: ").append(warning.message().replace("\n", " ")).append('\n');
        }
        return out.toString();
    }
}
