package dev.octavo.backlist;

import dev.octavo.ManuscriptException;
import dev.octavo.ProgressListener;
import dev.octavo.internal.Slugs;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an EPUB into a manuscript, in memory: package, documents, notes, glossary, images, {@code book.yaml} and
 * the report. Nothing is written here ({@link ManuscriptFolder} does that).
 */
public final class BacklistImporter {

    private final ProgressListener progress;

    public BacklistImporter(ProgressListener progress) {
        this.progress = progress;
    }

    /**
     * The manuscript the EPUB holds.
     *
     * @throws ManuscriptException when the EPUB cannot be imported (not a zip, a hostile entry, no package, no
     *                             documents), with every diagnostic at its entry
     */
    public ImportedManuscript read(Path epub) {
        long start = System.nanoTime();
        String bookName = String.valueOf(epub.getFileName());
        ImportLog log = new ImportLog(epub);
        Optional<EpubPackage> read = EpubArchive.read(epub, log).flatMap(a -> new PackageReader(log).read(a, bookName));
        if (read.isEmpty() || log.hasErrors()) {
            throw new ManuscriptException(log.diagnostics());
        }
        EpubPackage pkg = read.get();
        reportResources(pkg, log);
        ImageCatalog images = new ImageCatalog(pkg.archive(), log);
        MarkdownText markdown = new MarkdownText();

        ImportedMetadata metadata = pkg.metadata();
        Optional<String> coverEntry = metadata.cover();
        List<ParsedDocument> documents = new ArrayList<>();
        boolean numberedFigures = false;
        for (SpineDocument source : pkg.spine()) {
            if (pkg.nav().filter(source.entry()::equals).isPresent()) {
                continue;
            }
            ParsedDocument document = ParsedDocument.parse(source);
            Element body = document.body();
            if (DocumentKinds.isCover(body)) {
                if (coverEntry.isEmpty()) {
                    Element img = body.selectFirst("img[src], image");
                    String src = img == null ? "" : img.hasAttr("src") ? img.attr("src") : img.attr("xlink:href");
                    coverEntry = Hrefs.resolve(source.entry(), src);
                }
                continue;
            }
            if (DocumentKinds.isTitlePage(body)) {
                Element subtitle = body.selectFirst(".subtitle");
                if (subtitle != null && metadata.subtitle().isEmpty()) {
                    metadata = metadata.withSubtitle(subtitle.text().strip()); // pandoc's package has none
                }
                continue;
            }
            if (DocumentKinds.isContents(body)) {
                continue;
            }
            numberedFigures |= new DocumentCleaner(log).clean(document);
            documents.add(document);
        }
        Optional<GlossaryFinder.Glossary> glossary = new GlossaryFinder().find(documents);
        Notes notes = new Notes(log);
        notes.extract(documents);

        int chapterLevel = documents.stream().mapToInt(ChapterSplitter::topLevel).min().orElse(1);
        List<ChapterSplitter.Draft> drafts = new ArrayList<>();
        List<org.jsoup.nodes.Node> pending = new ArrayList<>();
        for (ParsedDocument document : documents) {
            if (document.body().text().isBlank() && document.body().select("img").isEmpty()
                    && !document.body().html().contains(String.valueOf(Notes.CALL_START))) {
                continue; // a notes document or a glossary's, now empty
            }
            for (ChapterSplitter.Draft draft : new ChapterSplitter().split(document, chapterLevel)) {
                if (draft.heading == null) {
                    if (drafts.isEmpty()) {
                        pending.addAll(draft.content.childNodes());
                    } else {
                        Element previous = drafts.get(drafts.size() - 1).content;
                        new ArrayList<>(draft.content.childNodes()).forEach(previous::appendChild);
                    }
                    continue;
                }
                if (!pending.isEmpty()) {
                    draft.content.insertChildren(0, pending);
                    pending.clear();
                }
                drafts.add(draft);
            }
        }
        if (drafts.isEmpty() && !pending.isEmpty()) {
            // No document has a heading or a title in the contents: one chapter, under the book's title.
            ChapterSplitter.Draft draft = new ChapterSplitter.Draft(documents.get(0).entry(),
                    new Element("h1").text(metadata.title()));
            pending.forEach(draft.content::appendChild);
            drafts.add(draft);
        }
        if (drafts.isEmpty()) {
            log.error(log.at(pkg.spine().get(0).entry()), "no document of the spine has any text to import");
            throw new ManuscriptException(log.diagnostics());
        }
        List<String> files = fileNames(drafts);
        Map<String, String> anchors = Links.rewrite(drafts, files, pkg, glossary, notes.notes(), log);

        Map<String, byte[]> out = new LinkedHashMap<>();
        NoteLabels labels = new NoteLabels(notes.notes(), markdown);
        for (int i = 0; i < drafts.size(); i++) {
            ChapterSplitter.Draft draft = drafts.get(i);
            Figures.mark(draft, images, markdown, log);
            Verse.mark(draft, markdown);
            String heading = "# " + markdown.inline(draft.heading)
                    + anchors.getOrDefault(draft.entry + "#" + draft.heading.id(), "");
            String body = markdown.blocks(draft.content);
            String text = labels.chapter(heading + "\n\n" + body);
            out.put(files.get(i), (text.strip() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int terms = glossary.map(g -> g.entries().size()).orElse(0);
        glossary.ifPresent(g -> out.put("glossary.md", glossaryMarkdown(g, markdown).getBytes(StandardCharsets.UTF_8)));
        Optional<String> cover = coverEntry.flatMap(entry -> images.path(entry, log.at(entry)));
        out.put("book.yaml", BookYamlWriter.write(metadata, cover, labels.restartsPerChapter(), numberedFigures)
                .getBytes(StandardCharsets.UTF_8));
        out.putAll(images.files());
        out.put("IMPORT.md", log.report(bookName).getBytes(StandardCharsets.UTF_8));
        progress.step(String.format(Locale.ROOT, "Import: %s, %s, %s, %s, %s left out (IMPORT.md) in %.2f s",
                count(drafts.size(), "chapter"), count(labels.count(), "note"), count(terms, "glossary term"),
                count(images.files().size(), "image"), count(log.diagnostics().size(), "thing"),
                (System.nanoTime() - start) / 1e9));
        return new ImportedManuscript(out, drafts.size(), labels.count(), terms, images.files().size(),
                log.diagnostics());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** {@code NN-slug.md}, numbered from 01 (from 001 past 99 chapters). */
    private static List<String> fileNames(List<ChapterSplitter.Draft> drafts) {
        List<String> names = new ArrayList<>();
        String format = drafts.size() > 99 ? "%03d-%s.md" : "%02d-%s.md";
        for (int i = 0; i < drafts.size(); i++) {
            String slug = Slugs.slug(drafts.get(i).heading.text());
            names.add(String.format(Locale.ROOT, format, i + 1, slug.isEmpty() ? "chapter" : slug));
        }
        return names;
    }

    private static String glossaryMarkdown(GlossaryFinder.Glossary glossary, MarkdownText markdown) {
        StringBuilder out = new StringBuilder("# ").append(MarkdownText.escape(glossary.title())).append("\n");
        for (GlossaryFinder.Entry entry : glossary.entries()) {
            out.append('\n').append(MarkdownText.escape(entry.term())).append('\n');
            for (Element definition : entry.definitions()) {
                out.append(": ").append(markdown.inline(definition)).append('\n');
            }
        }
        return out.toString();
    }

    /** Style sheets, fonts and scripts of the manifest: the manuscript has no place for them. */
    private static void reportResources(EpubPackage pkg, ImportLog log) {
        pkg.mediaTypes().forEach((entry, type) -> {
            String lower = entry.toLowerCase(Locale.ROOT);
            if (type.equals("text/css") || lower.endsWith(".css")) {
                String css = new String(pkg.archive().get(entry).orElseThrow(), StandardCharsets.UTF_8);
                long rules = css.chars().filter(c -> c == '{').count();
                log.leftOut(log.at(entry), "the style sheet's " + rules + " rules are not carried over: the house"
                        + " style (or styles/epub.css) sets the book");
            } else if (type.startsWith("font/") || type.contains("opentype") || type.contains("font-woff")
                    || lower.matches(".*\\.(ttf|otf|woff2?)$")) {
                log.leftOut(log.at(entry), "the font is not carried over: the book is set in Octavo's fonts (or"
                        + " those of fonts/)");
            } else if (type.contains("javascript") || lower.endsWith(".js")) {
                log.leftOut(log.at(entry), "the script is not carried over");
            }
        });
    }
}
