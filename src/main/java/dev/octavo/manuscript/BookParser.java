package dev.octavo.manuscript;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
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

    public Book parse(Manuscript manuscript, Diagnostics diagnostics) {
        BookYaml yaml = BookYamlReader.read(manuscript.bookYaml(), diagnostics);
        Metadata metadata = yaml.metadata();
        Labels labels = LabelCatalog.forLanguage(metadata.language());
        AssetResolver assets = new AssetResolver(manuscript.directory(), diagnostics);
        BookContext context = new BookContext(diagnostics, assets, yaml.footnotes());
        context.ids().reserve("toc");
        context.ids().reserve("glossary");
        // The cover is resolved first, so that it is the book's first image whatever the chapters hold.
        Cover cover = yaml.cover()
                .flatMap(path -> assets.asset(path.path(), path.at()))
                .map(Cover::of)
                .orElseGet(Cover::typographic);

        List<Chapter> chapters = new ArrayList<>();
        int index = 1;
        for (SourceText source : manuscript.chapters()) {
            String name = String.format("ch%02d", index++);
            Document document = parser.parse(source.text());
            chapters.add(new ChapterReader(source, context, name).read(document));
        }
        Glossary glossary = manuscript.glossary()
                .map(source -> new GlossaryReader(source, context)
                        .read(parser.parse(source.text()), labels.glossary(), metadata.language()))
                .orElse(new Glossary("glossary", labels.glossary(), List.of()));
        // Terms are found once all chapter ids exist, so the uses' ids never take a heading's.
        GlossaryLinker linker = new GlossaryLinker(glossary, context.ids(), yaml.glossaryLinks());
        chapters.replaceAll(linker::link);
        diagnostics.throwIfErrors();
        return new Book(metadata, labels, chapters, glossary, assets.all(), cover);
    }
}
