package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.octavo.SourcePosition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every place of the book a link may lead to: each chapter, each of its headings and figures. They are named
 * before any chapter is converted, so that a link may lead forward to a chapter not yet read. A heading answers
 * to three names: the author's {@code {#id}}, the anchor GitHub gives it ({@code #dấu-thanh-và-dấu-phụ}), and
 * Octavo's own ASCII id, the one the book's documents carry.
 */
final class Anchors {
    /** What an anchor marks; chapters and headings print their title, figures their label, when a link has no words. */
    enum Kind { CHAPTER, HEADING, FIGURE }

    /**
     * @param document the chapter's document name ({@code "ch02"})
     * @param text     a heading's words, or a figure's caption
     * @param label    a numbered figure's label ("Hình 1.2"), else empty
     */
    record Anchor(String document, String id, Kind kind, String text, String label) {
        /** The words a link with none of its own shows. */
        String shown() {
            return label.isEmpty() ? text : label;
        }
    }

    /** A chapter file's anchors, by every name a link may use. */
    static final class FileAnchors {
        private final Anchor whole;
        private final Map<String, Anchor> byName = new LinkedHashMap<>();

        FileAnchors(Anchor whole) {
            this.whole = whole;
        }

        Anchor whole() {
            return whole;
        }

        Optional<Anchor> named(String fragment) {
            return Optional.ofNullable(byName.get(fragment));
        }

        /** The names a link may use, for a "did you mean". */
        List<String> names() {
            return new ArrayList<>(byName.keySet());
        }

        private void name(String name, Anchor anchor) {
            if (!name.isEmpty()) {
                byName.putIfAbsent(name, anchor);
            }
        }
    }

    /** An XML id as written: a letter or underscore, then letters, digits, '-', '_' and '.'. */
    private static final Pattern XML_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    private final Map<Path, FileAnchors> files = new HashMap<>();
    private final Map<Node, Anchor> byNode = new IdentityHashMap<>();
    private final List<Anchor> chapters = new ArrayList<>();
    /** The anchors authors named themselves ({@code {#id}}): unique in the book, so a link finds them from anywhere. */
    private final Map<String, Anchor> named = new HashMap<>();

    /** Where an author's {@code {#id}} was first written, for the message about a second one. */
    private final Map<String, SourcePosition> explicit = new HashMap<>();

    /**
     * Names the anchors of every chapter, in book order.
     *
     * @param figureLabel the word before a figure's number ("Hình"), or null when figures are not numbered
     */
    static Anchors index(List<SourceText> sources, List<Document> documents, List<String> names, IdRegistry ids,
                         String figureLabel, Diagnostics diagnostics) {
        Anchors anchors = new Anchors();
        for (int i = 0; i < sources.size(); i++) {
            anchors.chapter(sources.get(i), documents.get(i), names.get(i), i + 1, ids, figureLabel, diagnostics);
        }
        return anchors;
    }

    /** Makes the glossary file a target: a link to glossary.md leads to the glossary's opening. */
    void addWholeFile(Path file, Anchor anchor) {
        files.put(key(file), new FileAnchors(anchor));
    }

    Optional<FileAnchors> file(Path file) {
        return Optional.ofNullable(files.get(key(file)));
    }

    /** The anchor named for a chapter's title, heading or figure node. */
    Optional<Anchor> of(Node node) {
        return Optional.ofNullable(byNode.get(node));
    }

    /** An anchor by the {@code {#id}} its author gave it, wherever in the book it is. */
    Optional<Anchor> namedByAuthor(String id) {
        return Optional.ofNullable(named.get(id));
    }

    /** The n-th chapter's own anchor (from 0). */
    Anchor chapter(int index) {
        return chapters.get(index);
    }

    private void chapter(SourceText source, Document document, String name, int number, IdRegistry ids,
                         String figureLabel, Diagnostics diagnostics) {
        Node first = document.getFirstChild();
        while (first instanceof BlankLine) {
            first = first.getNext();
        }
        GithubSlugs github = new GithubSlugs();
        Anchor whole;
        FileAnchors fileAnchors;
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            String text = FlexmarkText.plain(heading);
            whole = new Anchor(name, id(heading, text, name, source, ids, diagnostics), Kind.CHAPTER, text, "");
            fileAnchors = new FileAnchors(whole);
            names(fileAnchors, heading, github.next(text), whole);
            byNode.put(heading, whole);
        } else {
            // ChapterReader reports the missing title; the chapter is still a target, under its document name.
            whole = new Anchor(name, ids.allocate(name, name), Kind.CHAPTER, name, "");
            fileAnchors = new FileAnchors(whole);
        }
        chapters.add(whole);
        files.put(key(source.path()), fileAnchors);
        int figures = 0;
        for (Node node = first == null ? null : first.getNext(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                String text = FlexmarkText.plain(heading);
                Anchor anchor = new Anchor(name, id(heading, text, "section", source, ids, diagnostics),
                        Kind.HEADING, text, "");
                names(fileAnchors, heading, github.next(text), anchor);
                byNode.put(heading, anchor);
            } else if (node instanceof Paragraph paragraph && FigureShape.imageOf(paragraph).isPresent()) {
                Node image = FigureShape.imageOf(paragraph).get();
                figures++;
                String label = figureLabel == null ? "" : figureLabel + " " + number + "." + figures;
                String caption = FlexmarkText.plain(image);
                Anchor anchor = new Anchor(name, figureId(image, name, source, ids, diagnostics), Kind.FIGURE,
                        caption, label);
                String written = NodeAttributes.of(image).getOrDefault("id", "");
                fileAnchors.name(written, anchor);
                if (!written.isEmpty()) {
                    named.putIfAbsent(written, anchor);
                }
                fileAnchors.name(anchor.id(), anchor);
                byNode.put(paragraph, anchor);
            }
        }
    }

    private void names(FileAnchors file, Heading heading, String githubSlug, Anchor anchor) {
        String written = NodeAttributes.of(heading).getOrDefault("id", "");
        file.name(written, anchor);
        if (!written.isEmpty()) {
            named.putIfAbsent(written, anchor);
        }
        file.name(githubSlug, anchor);
        file.name(anchor.id(), anchor);
        // Octavo's own id for these words, even when the author named the heading otherwise.
        file.name(IdRegistry.slug(anchor.text()), anchor);
    }

    /** A heading's id: the author's {@code {#id}} when it is a valid XML id not yet taken, else Octavo's own. */
    private String id(Heading heading, String text, String fallback, SourceText source, IdRegistry ids,
                      Diagnostics diagnostics) {
        return explicitOr(NodeAttributes.of(heading).get("id"), heading, source, ids, diagnostics,
                () -> ids.allocate(text, fallback));
    }

    private String figureId(Node image, String chapter, SourceText source, IdRegistry ids, Diagnostics diagnostics) {
        return explicitOr(NodeAttributes.of(image).get("id"), image, source, ids, diagnostics,
                () -> ids.allocate("", chapter + "-fig"));
    }

    private String explicitOr(String written, Node node, SourceText source, IdRegistry ids, Diagnostics diagnostics,
                              java.util.function.Supplier<String> own) {
        if (written == null || written.isEmpty()) {
            return own.get();
        }
        SourcePosition at = source.position(node.getStartOffset());
        SourcePosition earlier = explicit.putIfAbsent(written, at);
        if (earlier != null) {
            diagnostics.error(at, "the id '#" + written + "' is given twice (first in " + earlier.file().getFileName()
                    + " at line " + earlier.line() + ")");
            return own.get();
        }
        if (XML_ID.matcher(written).matches() && ids.claim(written)) {
            return written;
        }
        // "fig:map" is a fine name to link by, but no XML id: the documents carry an id made from it instead.
        return ids.allocate(written, "id");
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
