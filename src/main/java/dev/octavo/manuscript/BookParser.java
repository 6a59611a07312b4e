package dev.octavo.manuscript;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.octavo.internal.LargeStack;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Cover;
import dev.octavo.model.Glossary;
import dev.octavo.model.Labels;
import dev.octavo.model.Metadata;
import dev.octavo.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses a read {@link Manuscript} into the {@link Book} model. All problems are collected; the
 * {@link Diagnostics} throw once at the end if any of them is an error.
 */
public final class BookParser {
    /** The stack flexmark parses on; see {@link #parse(List)}. */
    static final long PARSER_STACK_BYTES = 256L << 20;

    private final Parser parser = FlexmarkParsers.create();
    private final GlyphCoverage coverage;
    private final long parserStack;

    /** A parser that checks every typeset character against the book's fonts. */
    public BookParser(GlyphCoverage coverage) {
        this(coverage, PARSER_STACK_BYTES);
    }

    /** With a stack of another size for flexmark: tests make it overflow sooner. */
    BookParser(GlyphCoverage coverage, long parserStack) {
        this.coverage = coverage;
        this.parserStack = parserStack;
    }

    /** A parser without a font check, for reading a manuscript without typesetting it. */
    public BookParser() {
        this(GlyphCoverage.unchecked());
    }

    public Book parse(Manuscript manuscript, Diagnostics diagnostics) {
        return parse(manuscript, diagnostics, null);
    }

    /**
     * Parses as {@link #parse(Manuscript, Diagnostics)} does, taking the Markdown of every file whose text is
     * unchanged from {@code earlier}, and keeping this parse's there for the next.
     */
    public Book parse(Manuscript manuscript, Diagnostics diagnostics, ParsedFiles earlier) {
        // Markdown first: it needs nothing else, and the glyph checks below may wait for fonts still loading.
        List<SourceText> sources = new ArrayList<>(manuscript.chapters());
        manuscript.glossary().ifPresent(sources::add);
        List<Document> documents = new ArrayList<>();
        List<ParsedFile> parsed = earlier == null ? parseAll(sources) : parseChanged(sources, earlier);
        for (int i = 0; i < parsed.size(); i++) {
            if (parsed.get(i).overflowed()) {
                reportOverflow(sources.get(i), diagnostics);
                documents.add(parser.parse(""));
            } else {
                documents.add(parsed.get(i).document());
            }
        }
        GlyphCheck glyphs = new GlyphCheck(coverage);
        BookYamlReader bookYaml = new BookYamlReader(manuscript.bookYaml(), diagnostics, glyphs);
        BookYaml yaml = bookYaml.read();
        Metadata metadata = yaml.metadata();
        Labels labels = LabelCatalog.forLanguage(metadata.language());
        BookContext context = new BookContext(diagnostics, new ManuscriptPaths(manuscript.directory()), glyphs,
                yaml.footnotes(), metadata.page(), yaml.figures().forDistributor(yaml.print().distributor()),
                yaml.smartDashes());
        AssetResolver assets = context.assets();
        context.ids().reserve("toc");
        context.ids().reserve("glossary");
        // The cover is resolved first, so that it is the book's first image whatever the chapters hold.
        Cover cover = yaml.cover()
                .flatMap(path -> assets.asset(path.path(), path.at()))
                .map(Cover::of)
                .orElseGet(Cover::typographic);

        List<String> names = new ArrayList<>();
        for (int i = 0; i < manuscript.chapters().size(); i++) {
            names.add(String.format("ch%02d", i + 1));
            if (!parsed.get(i).overflowed()) {
                NestingLimits.check(documents.get(i), manuscript.chapters().get(i), diagnostics);
            }
        }
        // Every chapter, heading and figure is named before any chapter is read: a link may lead forward.
        Anchors anchors = Anchors.index(manuscript.chapters(), documents.subList(0, names.size()), names,
                context.ids(), yaml.figures().numbered() ? labels.figure() : null, diagnostics);
        manuscript.glossary().ifPresent(source -> anchors.addWholeFile(source.path(), new Anchors.Anchor("glossary",
                "glossary", Anchors.Kind.CHAPTER, labels.glossary(), "")));
        context.anchors(anchors);
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (parsed.get(i).overflowed()) {
                // Reported above; a stand-in keeps the chapters' names and count for the rest of the checks.
                chapters.add(new Chapter(anchors.chapter(i).id(), names.get(i), List.of(new Text(names.get(i))),
                        List.of(), List.of()));
                continue;
            }
            chapters.add(new ChapterReader(manuscript.chapters().get(i), documents.get(i), context, names.get(i), i)
                    .read());
        }
        manuscript.glossary().ifPresent(source -> NestingLimits.check(documents.get(documents.size() - 1), source,
                diagnostics));
        Glossary glossary = manuscript.glossary()
                .map(source -> new GlossaryReader(source, documents.get(documents.size() - 1), context)
                        .read(labels.glossary(), metadata.language()))
                .orElse(new Glossary("glossary", labels.glossary(), List.of()));
        // Terms are found once all chapter ids exist, so the uses' ids never take a heading's.
        GlossaryLinker linker = new GlossaryLinker(glossary, context.ids(), yaml.glossaryLinks());
        chapters.replaceAll(linker::link);
        bookYaml.checkLabels(labels);
        glyphs.report(diagnostics);
        diagnostics.throwIfErrors();
        return new Book(metadata, labels, chapters, glossary, assets.all(), cover, yaml.print());
    }

    /** The files whose text {@code earlier} does not hold parsed; the others from there. */
    private List<ParsedFile> parseChanged(List<SourceText> sources, ParsedFiles earlier) {
        List<SourceText> changed = new ArrayList<>();
        for (SourceText source : sources) {
            if (earlier.get(source).isEmpty()) {
                changed.add(source);
            }
        }
        List<ParsedFile> fresh = changed.size() > 1 ? parseAll(changed) : parse(changed);
        List<ParsedFile> all = new ArrayList<>(sources.size());
        java.util.Set<java.nio.file.Path> present = new java.util.HashSet<>();
        int next = 0;
        for (SourceText source : sources) {
            present.add(source.path());
            Optional<Document> kept = earlier.get(source);
            if (kept.isPresent()) {
                all.add(new ParsedFile(kept.get(), false));
                continue;
            }
            ParsedFile file = fresh.get(next++);
            if (!file.overflowed()) {
                earlier.put(source, file.document());
            }
            all.add(file);
        }
        earlier.keepOnly(present, changed.size());
        return all;
    }

    /** A file's flexmark document, or that parsing it overflowed the stack. */
    private record ParsedFile(Document document, boolean overflowed) {
    }

    /**
     * The Markdown of every file as flexmark documents, the second half of the files parsed on another thread.
     * A flexmark {@code Parser} keeps no state between parses, and a document depends on its own text alone;
     * everything that numbers or names across the book (ids, notes) happens after, in file order.
     */
    private List<ParsedFile> parseAll(List<SourceText> sources) {
        return ParallelJobs.inHalves("markdown", sources, this::parse);
    }

    /**
     * Parses on a thread with a large stack. flexmark matches many constructs with regular expressions, and Java's
     * regular expressions recurse once for each repetition of a group: a line of 2,000 asterisks (a thematic
     * break to the pattern until its end), or an inline HTML comment, a link title or a mail autolink of 2,000
     * characters, overflow the 1 MB stack of an ordinary thread inside {@code Parser.parse}. (Nesting alone does
     * not: flexmark keeps open blocks in a list and reads 100,000 nested quotes; {@link NestingLimits} bounds it
     * for the stages after.) Checking the text for every such construct beforehand would mean writing flexmark's
     * grammar again; a large stack takes them up to a few hundred thousand characters, and a file that still
     * overflows it is reported as an error of its own, never as a stack trace.
     */
    private List<ParsedFile> parse(List<SourceText> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        return LargeStack.call("octavo-markdown-parser", parserStack, () -> {
            List<ParsedFile> documents = new ArrayList<>(sources.size());
            for (SourceText source : sources) {
                try {
                    documents.add(new ParsedFile(parser.parse(source.text()), false));
                } catch (StackOverflowError e) {
                    // Only this parse's own objects are lost; the parser keeps no state between files.
                    documents.add(new ParsedFile(null, true));
                }
            }
            return documents;
        });
    }

    /** The likeliest cause is the longest passage without a blank line, where flexmark's patterns run longest. */
    private static void reportOverflow(SourceText source, Diagnostics diagnostics) {
        String text = source.text();
        int bestStart = 0;
        int bestLength = -1;
        int start = 0;
        int at = 0;
        while (at <= text.length()) {
            int newline = text.indexOf('\n', at);
            int end = newline < 0 ? text.length() : newline;
            boolean blank = text.substring(at, end).isBlank();
            if (blank || newline < 0) {
                int stop = blank ? at : end;
                if (stop - start > bestLength) {
                    bestLength = stop - start;
                    bestStart = start;
                }
                start = end + 1;
            }
            if (newline < 0) {
                break;
            }
            at = newline + 1;
        }
        diagnostics.error(source.position(bestStart), String.format(Locale.ROOT, "the Markdown parser ran out of"
                + " stack space in this file; the likeliest cause is the passage of %d characters without a blank"
                + " line that starts here (break it up with blank lines, or shorten what runs on in it)",
                Math.max(bestLength, 0)));
    }
}
