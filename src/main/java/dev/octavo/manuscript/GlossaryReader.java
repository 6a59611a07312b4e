package dev.octavo.manuscript;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.octavo.SourcePosition;
import dev.octavo.model.Block;
import dev.octavo.model.Glossary;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.Inlines;
import dev.octavo.model.NoteRef;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code glossary.md}: an optional {@code #} title and a definition list ({@code Term} / {@code : definition}).
 * Entries are sorted by the book language's collation.
 */
final class GlossaryReader extends FileContext {
    private final MarkdownConverter converter = new MarkdownConverter(this);

    GlossaryReader(SourceText source, Document document, BookContext book) {
        super(source, document, book);
    }

    Glossary read(String defaultTitle, Locale language) {
        String title = defaultTitle;
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                title = Inlines.plainText(converter.inlines(heading));
            } else if (node instanceof DefinitionList) {
                readList(node, entries, seen);
            } else if (node instanceof Paragraph && node.getChars().trim().toString().indexOf('\n') < 0) {
                // A line on its own, between entries, is a term whose ": definition" line is missing.
                book.diagnostics().error(converter.position(node), "glossary term '"
                        + Inlines.plainText(converter.inlines(node)).strip() + "' has no definition"
                        + " (write it on the next line as ': definition')");
            } else if (!(node instanceof BlankLine)) {
                book.diagnostics().warning(converter.position(node),
                        "glossary.md holds a title and a definition list (Term, then ': definition'); this is ignored");
            }
        }
        Collator collator = Collator.getInstance(language);
        entries.sort(Comparator.comparing(GlossaryEntry::term, collator));
        return new Glossary("glossary", title, entries);
    }

    private void readList(Node list, List<GlossaryEntry> entries, Map<String, Integer> seen) {
        List<Node> terms = new ArrayList<>();
        for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof DefinitionTerm) {
                if (!terms.isEmpty() && terms.get(terms.size() - 1).getNext() == node) {
                    missingDefinition(terms.get(terms.size() - 1));
                }
                terms.add(node);
            } else if (node instanceof DefinitionItem && !terms.isEmpty()) {
                Node termNode = terms.get(terms.size() - 1);
                String term = Inlines.plainText(converter.inlinesOf(termNode)).strip();
                SourcePosition at = converter.position(termNode);
                Integer earlier = seen.putIfAbsent(term, at.line());
                if (earlier != null) {
                    book.diagnostics().error(at, "glossary term '" + term + "' is defined twice (first at line " + earlier + ")");
                    continue;
                }
                List<Block> definition = converter.blocks(node);
                entries.add(new GlossaryEntry(term, book.ids().allocate(term, "term"), definition));
            }
        }
        if (!terms.isEmpty() && !(terms.get(terms.size() - 1).getNext() instanceof DefinitionItem)) {
            missingDefinition(terms.get(terms.size() - 1));
        }
    }

    private void missingDefinition(Node term) {
        book.diagnostics().error(converter.position(term),
                "glossary term '" + Inlines.plainText(converter.inlinesOf(term)).strip() + "' has no definition"
                        + " (write it on the next line as ': definition')");
    }

    @Override
    public String blockId(String text, String fallback) {
        return book.ids().allocate(text, "glossary-" + fallback);
    }

    @Override
    public NoteRef noteRef(Footnote call) {
        book.diagnostics().error(converter.position(call), "footnotes are not supported inside the glossary");
        return null;
    }
}
