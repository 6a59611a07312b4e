package dev.octavo.manuscript;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.octavo.internal.ParallelJobs;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Cover;
import dev.octavo.model.Glossary;
import dev.octavo.model.Labels;
import dev.octavo.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a read {@link Manuscript} into the {@link Book} model. All problems are collected; the
 * {@link Diagnostics} throw once at the end if any of them is an error.
 */
public final class BookParser {
    private final Parser parser = FlexmarkParsers.create();
    private final GlyphCoverage coverage;

    /** A parser that checks every typeset character against the book's fonts. */
    public BookParser(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    /** A parser without a font check, for reading a manuscript without typesetting it. */
    public BookParser() {
        this(GlyphCoverage.unchecked());
    }

    public Book parse(Manuscript manuscript, Diagnostics diagnostics) {
        // Markdown first: it needs nothing else, and the glyph checks below may wait for fonts still loading.
        List<SourceText> sources = new ArrayList<>(manuscript.chapters());
        manuscript.glossary().ifPresent(sources::add);
        List<Document> documents = parseAll(sources);
        GlyphCheck glyphs = new GlyphCheck(coverage);
        BookYamlReader bookYaml = new BookYamlReader(manuscript.bookYaml(), diagnostics, glyphs);
        BookYaml yaml = bookYaml.read();
        Metadata metadata = yaml.metadata();
        Labels labels = LabelCatalog.forLanguage(metadata.language());
        BookContext context = new BookContext(diagnostics, new ManuscriptPaths(manuscript.directory()), glyphs,
                yaml.footnotes(), metadata.page(), yaml.figures());
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
        }
        // Every chapter, heading and figure is named before any chapter is read: a link may lead forward.
        Anchors anchors = Anchors.index(manuscript.chapters(), documents.subList(0, names.size()), names,
                context.ids(), yaml.figures().numbered() ? labels.figure() : null, diagnostics);
        manuscript.glossary().ifPresent(source -> anchors.addWholeFile(source.path(), new Anchors.Anchor("glossary",
                "glossary", Anchors.Kind.CHAPTER, labels.glossary(), "")));
        context.anchors(anchors);
        List<Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            chapters.add(new ChapterReader(manuscript.chapters().get(i), documents.get(i), context, names.get(i), i)
                    .read());
        }
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
        return new Book(metadata, labels, chapters, glossary, assets.all(), cover);
    }

    /**
     * The Markdown of every file as flexmark documents, the second half of the files parsed on another thread.
     * A flexmark {@code Parser} keeps no state between parses, and a document depends on its own text alone;
     * everything that numbers or names across the book (ids, notes) happens after, in file order.
     */
    private List<Document> parseAll(List<SourceText> sources) {
        return ParallelJobs.inHalves("markdown", sources, this::parse);
    }

    private List<Document> parse(List<SourceText> sources) {
        List<Document> documents = new ArrayList<>(sources.size());
        for (SourceText source : sources) {
            documents.add(parser.parse(source.text()));
        }
        return documents;
    }
}
