package dev.octavo.backlist;

import dev.octavo.ManuscriptException;
import dev.octavo.ProgressListener;
import dev.octavo.internal.Slugs;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an EPUB into a manuscript, in memory: package, documents, notes, glossary, images, {@code book.yaml} and
 * the report. Nothing is written here ({@link ManuscriptFolder} does that).
 */
public final class BacklistImporter {
    private static final Pattern CALL = Pattern.compile(Notes.CALL_START + "(\\d+)" + Notes.CALL_END);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*");

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
            if (isCover(body)) {
                if (coverEntry.isEmpty()) {
                    Element img = body.selectFirst("img[src], image");
                    String src = img == null ? "" : img.hasAttr("src") ? img.attr("src") : img.attr("xlink:href");
                    coverEntry = Hrefs.resolve(source.entry(), src);
                }
                continue;
            }
            if (isTitlePage(body)) {
                Element subtitle = body.selectFirst(".subtitle");
                if (subtitle != null && metadata.subtitle().isEmpty()) {
                    metadata = metadata.withSubtitle(subtitle.text().strip()); // pandoc's package has none
                }
                continue;
            }
            if (isContents(body)) {
                continue;
            }
            numberedFigures |= new DocumentCleaner(log).clean(document);
            documents.add(document);
        }
        Optional<GlossaryFinder.Glossary> glossary = new GlossaryFinder().find(documents);
        Notes notes = new Notes(log);
        notes.extract(documents);

        List<ChapterSplitter.Draft> drafts = new ArrayList<>();
        List<org.jsoup.nodes.Node> pending = new ArrayList<>();
        for (ParsedDocument document : documents) {
            if (document.body().text().isBlank() && document.body().select("img").isEmpty()
                    && !document.body().html().contains(String.valueOf(Notes.CALL_START))) {
                continue; // a notes document or a glossary's, now empty
            }
            for (ChapterSplitter.Draft draft : new ChapterSplitter().split(document)) {
                if (draft.heading == null) {
                    if (drafts.isEmpty()) {
                        pending.addAll(draft.content.childNodes());
                    } else {
                        new ArrayList<>(draft.content.childNodes()).forEach(drafts.get(drafts.size() - 1).content::appendChild);
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
        if (drafts.isEmpty()) {
            log.error(log.at(pkg.spine().get(0).entry()), "no document of the spine has any text to import");
            throw new ManuscriptException(log.diagnostics());
        }
        List<String> files = fileNames(drafts);
        Map<String, String> anchors = anchors(drafts, files, pkg, glossary, notes.notes(), log);

        Map<String, byte[]> out = new LinkedHashMap<>();
        NoteLabels labels = new NoteLabels(notes.notes(), markdown);
        for (int i = 0; i < drafts.size(); i++) {
            ChapterSplitter.Draft draft = drafts.get(i);
            figures(draft, images, markdown, log);
            verse(draft, markdown);
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
        progress.step(String.format(Locale.ROOT, "Import: %d chapters, %d notes, %d glossary terms, %d images, %d"
                        + " things left out (IMPORT.md) in %.2f s", drafts.size(), labels.count(), terms,
                images.files().size(), log.diagnostics().size(), (System.nanoTime() - start) / 1e9));
        return new ImportedManuscript(out, drafts.size(), labels.count(), terms, images.files().size(),
                log.diagnostics());
    }

    private static boolean isCover(Element body) {
        return body.text().isBlank() && (body.selectFirst("img, image") != null)
                || body.getAllElements().stream().anyMatch(e -> Semantics.is(e, "cover") && e.text().isBlank());
    }

    /**
     * A title page, which Octavo makes again from book.yaml: marked so, or (pandoc's EPUB 2) only elements of the
     * title page's classes.
     */
    private static boolean isTitlePage(Element body) {
        if (body.getAllElements().stream().anyMatch(e -> Semantics.is(e, "titlepage"))) {
            return true;
        }
        Set<String> classes = Set.of("title", "subtitle", "author", "publisher", "date", "rights", "description",
                "cover-image", "editor", "translator");
        return body.selectFirst(".title") != null && body.children().stream()
                .allMatch(child -> child.classNames().stream().anyMatch(classes::contains) || child.text().isBlank());
    }

    /** A contents page of EPUB 2 (or a nav in the spine): marked as such, or links and little else. */
    private static boolean isContents(Element body) {
        if (body.getAllElements().stream().anyMatch(e -> Semantics.is(e, "toc") && !e.normalName().equals("a"))) {
            return true;
        }
        List<Element> links = body.select("a[href]");
        int linkText = links.stream().mapToInt(a -> a.text().replaceAll("\\s", "").length()).sum();
        return links.size() >= 3 && links.stream().noneMatch(a -> Hrefs.external(a.attr("href")))
                && linkText >= 0.8 * body.text().replaceAll("\\s", "").length();
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

    /**
     * Rewrites every link of the chapters: to another chapter's file (and heading), kept when outside the book,
     * unwrapped when it leads to what is no chapter (glossary, contents) or nowhere (reported). Returns the
     * {@code {#id}} each linked heading must carry, by its entry and id.
     */
    private static Map<String, String> anchors(List<ChapterSplitter.Draft> drafts, List<String> files, EpubPackage pkg,
                                               Optional<GlossaryFinder.Glossary> glossary, List<Notes.Note> notes,
                                               ImportLog log) {
        Map<String, Integer> chapterOf = new HashMap<>();
        Map<String, Integer> firstOfEntry = new HashMap<>();
        Map<String, Element> headings = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            ChapterSplitter.Draft draft = drafts.get(i);
            firstOfEntry.putIfAbsent(draft.entry, i);
            if (!draft.heading.id().isEmpty()) {
                chapterOf.put(draft.entry + "#" + draft.heading.id(), i);
                headings.put(draft.entry + "#" + draft.heading.id(), draft.heading);
            }
            for (Element element : draft.content.select("[id], a[name]")) {
                String id = element.id().isEmpty() ? element.attr("name") : element.id();
                chapterOf.putIfAbsent(draft.entry + "#" + id, i);
                if (Semantics.heading(element)) {
                    headings.put(draft.entry + "#" + id, element);
                }
            }
        }
        Set<String> spineEntries = new HashSet<>();
        pkg.spine().forEach(d -> spineEntries.add(d.entry()));
        Map<String, String> anchors = new HashMap<>();
        Set<String> usedIds = new HashSet<>();
        Map<Element, String> linkEntries = new java.util.LinkedHashMap<>();
        for (ChapterSplitter.Draft draft : drafts) {
            draft.content.select("a[href]").forEach(link -> linkEntries.put(link, draft.entry));
            draft.heading.select("a[href]").forEach(link -> linkEntries.put(link, draft.entry));
        }
        for (Notes.Note note : notes) {
            note.content().select("a[href]").forEach(link -> linkEntries.put(link, note.entry()));
        }
        glossary.ifPresent(g -> g.entries().forEach(term -> term.definitions().forEach(definition -> definition
                .select("a[href]").forEach(link -> linkEntries.put(link, g.entry())))));
        for (Map.Entry<Element, String> linked : linkEntries.entrySet()) {
            Element link = linked.getKey();
            String base = linked.getValue();
            {
                String href = link.attr("href");
                if (Hrefs.external(href)) {
                    if (!href.matches("(?i)^(https?|mailto):.*")) {
                        log.leftOut(log.at(base, link), "a link to '" + href + "' is left out (its text kept)");
                        link.unwrap();
                    }
                    continue;
                }
                Optional<String> entry = Hrefs.resolve(base, href);
                String fragment = Hrefs.fragment(href);
                String key = entry.orElse("") + "#" + fragment;
                Integer target = fragment.isEmpty() ? entry.map(firstOfEntry::get).orElse(null)
                        : chapterOf.getOrDefault(key, entry.map(firstOfEntry::get).orElse(null));
                if (target == null) {
                    boolean known = entry.isPresent() && (spineEntries.contains(entry.get())
                            || glossary.map(g -> g.entry().equals(entry.get())).orElse(false)
                            || pkg.mediaTypes().containsKey(entry.get()));
                    if (!known) {
                        log.leftOut(log.at(base, link), "the link to '" + href
                                + "' leads nowhere in the book (a broken link); its text is kept");
                    }
                    link.unwrap();
                    continue;
                }
                Element heading = headings.get(key);
                if (heading != null && !fragment.isEmpty()) {
                    String id = anchors.computeIfAbsent(key, k -> " {#" + unique(fragment, usedIds) + "}");
                    link.attr("href", files.get(target) + "#" + id.substring(3, id.length() - 1));
                } else {
                    link.attr("href", files.get(target));
                }
            }
        }
        // Headings inside a chapter carry their id through a marker the converter leaves alone.
        for (ChapterSplitter.Draft draft : drafts) {
            for (Element heading : draft.content.select("h1, h2, h3, h4, h5, h6")) {
                String anchor = anchors.get(draft.entry + "#" + heading.id());
                if (!heading.id().isEmpty() && anchor != null) {
                    heading.appendText(anchor);
                }
            }
        }
        return anchors;
    }

    private static String unique(String id, Set<String> used) {
        String base = SAFE_ID.matcher(id).matches() ? id : Slugs.slug(id);
        base = base.isEmpty() ? "section" : base;
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /**
     * Figures and images as Octavo writes them: an image alone in its paragraph, or in a {@code figure} with its
     * caption, becomes {@code ![caption](images/x.png)} on its own; an image in a sentence stays there.
     */
    private static void figures(ChapterSplitter.Draft draft, ImageCatalog images, MarkdownText markdown,
                                ImportLog log) {
        for (Element img : new ArrayList<>(draft.content.select("img"))) {
            if (img.parent() == null) {
                continue;
            }
            Optional<String> path = Hrefs.resolve(draft.entry, img.attr("src"))
                    .flatMap(entry -> images.path(entry, log.at(draft.entry, img)));
            Element figure = img.closest("figure, div.figure");
            Element paragraph = img.parent();
            boolean alone = paragraph != null && paragraph.normalName().equals("p") && paragraph.text().isBlank()
                    && paragraph.select("img").size() == 1;
            String alt = img.attr("alt").strip();
            if (path.isEmpty()) {
                img.remove();
                continue;
            }
            if (figure != null || alone) {
                Element captionElement = figure == null ? null : figure.selectFirst("figcaption, p.caption, .caption");
                String caption = captionElement == null ? escape(alt) : markdown.inline(captionElement);
                String attributes = !alt.isEmpty() && captionElement != null && !alt.equals(captionElement.text().strip())
                        ? "{alt=\"" + alt.replace("\"", "'") + "\"}" : "";
                Element block = figure != null ? figure : paragraph;
                block.replaceWith(new Element("p").appendText(markdown.marker("![" + caption + "](" + path.get()
                        + ")" + attributes)));
            } else {
                img.replaceWith(new org.jsoup.nodes.TextNode(markdown.marker("![" + escape(alt) + "](" + path.get()
                        + ")")));
            }
        }
    }

    /**
     * Octavo's verse ({@code div.verse}, a {@code div.line} per line) as the line block it was written as: a bar
     * before each line, a bar alone between stanzas, the line's indent (no-break spaces) as spaces after the bar.
     */
    private static void verse(ChapterSplitter.Draft draft, MarkdownText markdown) {
        for (Element verse : new ArrayList<>(draft.content.select("div.verse"))) {
            List<String> lines = new ArrayList<>();
            for (Element line : verse.select("> div.line")) {
                // The indent is read from the text itself: the converter drops leading no-break spaces.
                String plain = line.wholeText();
                int indent = plain.length() - plain.replaceFirst("^\u00A0+", "").length();
                String text = markdown.inline(line).replaceFirst("^[\u00A0\\s]+", "");
                lines.add(text.isEmpty() ? "|" : "| " + " ".repeat(indent) + text);
            }
            verse.replaceWith(new Element("p").appendText(markdown.marker(String.join("\n", lines))));
        }
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\\\[\\]*_`])", "\\\\$1");
    }

    private static String glossaryMarkdown(GlossaryFinder.Glossary glossary, MarkdownText markdown) {
        StringBuilder out = new StringBuilder("# ").append(escape(glossary.title())).append("\n");
        for (GlossaryFinder.Entry entry : glossary.entries()) {
            out.append('\n').append(escape(entry.term())).append('\n');
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

    /** Note labels per chapter: the number the call showed where it is free, the next free one otherwise. */
    private static final class NoteLabels {
        private final List<Notes.Note> notes;
        private final MarkdownText markdown;
        private int count;
        private boolean sawNotes;
        private boolean restarts;

        NoteLabels(List<Notes.Note> notes, MarkdownText markdown) {
            this.notes = notes;
            this.markdown = markdown;
        }

        String chapter(String text) {
            Map<Integer, String> labels = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            Matcher m = CALL.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                int index = Integer.parseInt(m.group(1));
                String label = labels.computeIfAbsent(index, i -> label(notes.get(i).shownNumber(), used));
                m.appendReplacement(out, Matcher.quoteReplacement("[^" + label + "]"));
            }
            m.appendTail(out);
            if (labels.isEmpty()) {
                return out.toString();
            }
            String first = notes.get(labels.keySet().iterator().next()).shownNumber();
            restarts |= sawNotes && first.equals("1");
            sawNotes = true;
            out.append("\n");
            for (Map.Entry<Integer, String> note : labels.entrySet()) {
                count++;
                String definition = markdown.blocks(notes.get(note.getKey()).content());
                definition = CALL.matcher(definition).replaceAll(""); // a note called from a note: its call alone
                out.append("\n[^").append(note.getValue()).append("]: ")
                        .append(definition.replace("\n", "\n    ").replaceAll("\n {4}\n", "\n\n")).append('\n');
            }
            return out.toString();
        }

        private static String label(String shown, Set<String> used) {
            if (shown.matches("\\d{1,4}") && used.add(shown)) {
                return shown;
            }
            for (int n = 1; ; n++) {
                if (used.add(String.valueOf(n))) {
                    return String.valueOf(n);
                }
            }
        }

        int count() {
            return count;
        }

        boolean restartsPerChapter() {
            return restarts;
        }
    }
}
