package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.octavo.model.Block;
import dev.octavo.model.Chapter;
import dev.octavo.model.Inline;
import dev.octavo.model.Inlines;
import dev.octavo.model.NoteRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one chapter file: its single {@code #} heading, its body, and the footnotes it defines and calls.
 * Footnotes are numbered in call order by the shared {@link BookContext}, across the book or per chapter.
 */
final class ChapterReader extends FileContext {
    private final String name;
    private final int index;
    private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    private final Map<String, dev.octavo.model.Footnote> notes = new LinkedHashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    /** Notes refused for nesting too deep. */
    private final Set<String> tooDeep = new HashSet<>();
    private int numbered;
    /** Notes being converted now, each called from inside the one before. */
    private int openNotes;
    private final MarkdownConverter converter = new MarkdownConverter(this);

    /** @param index the chapter's place in the book, from 0 */
    ChapterReader(SourceText source, Document document, BookContext book, String name, int index) {
        super(source, document, book);
        this.name = name;
        this.index = index;
    }

    Chapter read() {
        collectDefinitions(document);
        Node first = firstContent(document);
        List<Inline> title;
        String id;
        // The chapter's id was named with every other anchor of the book, before any chapter was read.
        id = book.anchors().chapter(index).id();
        // The title's heading is passed over, not unlinked: the document stays as parsed, for the next parse of the
        // same text (ParsedFiles).
        Node titleNode = null;
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            title = converter.inlines(heading);
            titleNode = first;
        } else {
            book.diagnostics().error(first == null ? source.line(1) : converter.position(first),
                    "the chapter has no '# ' heading at its start (each chapter file begins with its title)");
            title = List.of(new dev.octavo.model.Text(name));
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node != titleNode && node instanceof Heading heading && heading.getLevel() == 1) {
                book.diagnostics().error(converter.position(node),
                        "a second '# ' heading in one chapter file; start a new file for a new chapter");
            }
        }
        List<Block> blocks = converter.blocks(document, titleNode);
        reportUnusedDefinitions();
        return new Chapter(id, name, title, blocks, List.copyOf(notes.values()));
    }

    private static Node firstContent(Document document) {
        Node node = document.getFirstChild();
        while (node instanceof com.vladsch.flexmark.util.ast.BlankLine) {
            node = node.getNext();
        }
        return node;
    }

    private void collectDefinitions(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof FootnoteBlock block) {
                String label = block.getText().toString();
                FootnoteBlock earlier = definitions.putIfAbsent(label, block);
                if (earlier != null) {
                    book.diagnostics().error(converter.position(block), "footnote [^" + label
                            + "] is defined twice (first at line " + converter.position(earlier).line() + ")");
                }
            }
        }
    }

    private void reportUnusedDefinitions() {
        if (!tooDeep.isEmpty()) {
            // The notes after a refused one were never reached: saying so would only echo that error.
            return;
        }
        definitions.forEach((label, block) -> {
            if (!notes.containsKey(label)) {
                book.diagnostics().warning(converter.position(block),
                        "footnote [^" + label + "] is defined but never used");
            }
        });
    }

    @Override
    public String blockId(String text, String fallback) {
        return text.isEmpty() ? book.ids().allocate("", name + "-" + fallback) : book.ids().allocate(text, fallback);
    }

    @Override
    public NoteRef noteRef(Footnote call) {
        String label = call.getText().toString();
        FootnoteBlock definition = definitions.get(label);
        if (definition == null) {
            book.diagnostics().error(converter.position(call), "footnote [^" + label + "] is used but never defined");
            return null;
        }
        dev.octavo.model.Footnote note = notes.get(label);
        if (note == null && notes.containsKey(label)) {
            book.diagnostics().error(converter.position(call), "footnote [^" + label + "] calls itself");
            return null;
        }
        if (note == null && openNotes == NestingLimits.FOOTNOTES) {
            // Each note's text is converted, and printed, inside the text that calls it.
            book.diagnostics().error(converter.position(call), NestingLimits.message(
                    "footnotes called from inside footnotes", openNotes + 1, NestingLimits.FOOTNOTES));
            tooDeep.add(label);
            return null;
        }
        if (note == null) {
            int number = book.nextFootnoteNumber(numbered++);
            // Ids come from the registry, not from the number, which restarts in every chapter with footnotes: chapter.
            String id = book.ids().allocate("", "fn");
            // Reserve the label before converting the note, so a call inside a note cannot loop.
            notes.put(label, null);
            openNotes++;
            try {
                note = new dev.octavo.model.Footnote(number, id, label, converter.blocks(definition));
            } finally {
                openNotes--;
            }
            notes.put(label, note);
        }
        return new NoteRef(note, calls.merge(label, 1, Integer::sum));
    }
}
