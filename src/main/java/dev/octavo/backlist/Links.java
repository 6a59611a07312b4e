package dev.octavo.backlist;

import dev.octavo.internal.Slugs;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The links of the chapters, notes and glossary, pointed at the manuscript's files instead of the EPUB's. */
final class Links {
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]*");

    private Links() {
    }

    /**
     * Rewrites every link of the chapters: to another chapter's file (and heading), kept when outside the book,
     * unwrapped when it leads to what is no chapter (glossary, contents) or nowhere (reported). Returns the
     * {@code {#id}} each linked heading must carry, by its entry and id.
     */
    static Map<String, String> rewrite(List<ChapterSplitter.Draft> drafts, List<String> files, EpubPackage pkg,
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
        Map<Element, String> linkEntries = new LinkedHashMap<>();
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
        // Each linked heading carries its id as Octavo's attribute, which the converter writes as text.
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
}
