package dev.octavo.backlist;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the book's notes and their calls in every document, and takes them out of the text: each call becomes a
 * marker that the chapter writes as {@code [^n]}, each note's content is kept for its definition in the chapter
 * that calls it. It knows EPUB 3's {@code noteref} and {@code footnote}/{@code endnote} pairs, and the patterns
 * of EPUB 2: a superscript link (or a link holding a superscript) to a note at the chapter's end or in a notes
 * document, whose own number links back.
 */
final class Notes {
    static final char CALL_START = '\uE002';
    static final char CALL_END = '\uE003';
    private static final Pattern CALL_TEXT = Pattern.compile("^[\\[(]?[0-9]{1,4}[\\])]?$|^[*†‡§¶]{1,3}$|^[a-z]$");

    /** One note: its content (detached from its document), the number its call showed, and the entry it was in. */
    record Note(Element content, String shownNumber, String entry) {
    }

    private final ImportLog log;
    private final List<Note> notes = new ArrayList<>();

    Notes(ImportLog log) {
        this.log = log;
    }

    List<Note> notes() {
        return notes;
    }

    /** Replaces every call by its marker and takes every called note out of its document. */
    void extract(List<ParsedDocument> documents) {
        Map<String, ParsedDocument> byEntry = new HashMap<>();
        documents.forEach(d -> byEntry.put(d.entry(), d));
        Map<Element, Integer> found = new IdentityHashMap<>();
        List<Element> bodies = new ArrayList<>();
        for (ParsedDocument document : documents) {
            for (Element link : document.body().select("a[href]")) {
                boolean marked = looksLikeCall(link);
                if (!marked && !CALL_TEXT.matcher(link.text().strip()).matches()) {
                    continue;
                }
                Optional<Element> target = target(document, link, byEntry);
                if (!marked && target.map(t -> !linksBack(noteBody(t), link, document, byEntry)).orElse(true)) {
                    continue; // a number that links somewhere, but not to a note that links back
                }
                if (target.isEmpty()) {
                    if (Semantics.is(link, "noteref")) {
                        log.leftOut(log.at(document.entry(), link), "the note call '" + link.text()
                                + "' links to '" + link.attr("href") + "', which the book does not have (a broken link)");
                        link.remove();
                    }
                    continue;
                }
                Element body = noteBody(target.get());
                if (body == null || body.getAllElements().contains(link) || body == document.body()) {
                    continue;
                }
                Integer index = found.get(body);
                if (index == null) {
                    index = notes.size();
                    found.put(body, index);
                    bodies.add(body);
                    String shown = link.text().strip().replaceAll("[\\[\\]()]", "");
                    notes.add(new Note(content(body, link, shown, document, byEntry), shown, bodyEntry(body, byEntry)));
                }
                Element call = link.parent() != null && link.parent().normalName().equals("sup")
                        && link.parent().childNodeSize() == 1 ? link.parent() : link;
                call.replaceWith(new TextNode(CALL_START + String.valueOf(index) + CALL_END));
            }
        }
        Set<Element> emptied = new LinkedHashSet<>();
        for (Element body : bodies) {
            Element container = body.parent();
            Element documentBody = body.ownerDocument() == null ? null : body.ownerDocument().selectFirst("body");
            body.remove();
            removeEmptyContainers(container);
            if (documentBody != null) {
                emptied.add(documentBody);
            }
        }
        emptied.forEach(Notes::removeTrailingLeftovers);
    }

    /** A rule or a "Notes" heading that stood before notes now gone, with nothing after it. */
    private static void removeTrailingLeftovers(Element body) {
        for (Element last = lastBlock(body); last != null && (last.normalName().equals("hr")
                || Semantics.heading(last)); last = lastBlock(body)) {
            last.remove();
        }
    }

    private static Element lastBlock(Element body) {
        Element last = body.children().isEmpty() ? null : body.children().last();
        while (last != null && last.normalName().matches("section|div|aside") && !last.children().isEmpty()
                && last.ownText().isBlank()) {
            last = last.children().last();
        }
        return last;
    }

    /**
     * Whether a note links back to its call's document: how EPUB 2 books whose calls are neither marked nor
     * superscript ({@code <a href="notes.html#n5">[5]</a>}) are told from a link that happens to show a number.
     */
    private static boolean linksBack(Element body, Element call, ParsedDocument callDocument,
                                     Map<String, ParsedDocument> byEntry) {
        if (body == null) {
            return false;
        }
        String entry = bodyEntry(body, byEntry);
        for (Element link : body.select("a[href]")) {
            String id = Hrefs.fragment(link.attr("href"));
            boolean toCall = Hrefs.resolve(entry, link.attr("href")).filter(callDocument.entry()::equals).isPresent();
            if (toCall && (id.isEmpty() || id.equals(call.id())
                    || call.parents().stream().anyMatch(p -> p.id().equals(id)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeCall(Element link) {
        if (Semantics.is(link, "noteref") || link.hasClass("footnote-ref") || link.hasClass("noteref")) {
            return true;
        }
        boolean superscript = link.parent() != null && link.parent().normalName().equals("sup")
                || link.selectFirst("sup") != null || link.hasClass("footnote") || link.hasClass("endnote");
        return superscript && CALL_TEXT.matcher(link.text().strip()).matches();
    }

    private static Optional<Element> target(ParsedDocument document, Element link,
                                            Map<String, ParsedDocument> byEntry) {
        String href = link.attr("href");
        String id = Hrefs.fragment(href);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        // EPUB 2's older books name their anchors (<a name="n1">) rather than give them ids.
        return Hrefs.resolve(document.entry(), href).map(byEntry::get)
                .map(d -> Optional.ofNullable(d.document().getElementById(id))
                        .orElseGet(() -> d.document().getElementsByAttributeValue("name", id).first()));
    }

    /** The element that holds the note: the target itself, or the block around an empty anchor. */
    private static Element noteBody(Element target) {
        Element body = target;
        if ((body.normalName().equals("a") || body.normalName().equals("span")) && body.text().isBlank()) {
            body = body.parent();
        } else if (body.normalName().equals("a") || body.normalName().equals("sup")) {
            body = body.closest("p, li, div, aside, dd, section");
        }
        return body;
    }

    /** The note's content without its own number or the links back to the call. */
    private static Element content(Element body, Element call, String shown, ParsedDocument callDocument,
                                   Map<String, ParsedDocument> byEntry) {
        Element content = body.clone();
        for (Element link : new ArrayList<>(content.select("a[href]"))) {
            Optional<String> entry = Hrefs.resolve(bodyEntry(body, byEntry), link.attr("href"));
            String id = Hrefs.fragment(link.attr("href"));
            boolean toCall = entry.isPresent() && entry.get().equals(callDocument.entry());
            boolean back = toCall && (!id.isEmpty() && (id.equals(call.id())
                    || call.parents().stream().anyMatch(p -> p.id().equals(id)))
                    || link.text().replaceAll("[\\[\\]().:\\s]", "").equals(shown));
            if (back) {
                Element parent = link.parent();
                link.remove();
                if (parent != null && parent.normalName().equals("sup") && parent.text().isBlank()) {
                    parent.remove();
                }
            }
        }
        for (Element heading : content.select("h1, h2, h3, h4, h5, h6")) {
            heading.remove();
        }
        stripLeadingNumber(content, shown);
        return content;
    }

    private static String bodyEntry(Element body, Map<String, ParsedDocument> byEntry) {
        for (ParsedDocument document : byEntry.values()) {
            if (body.ownerDocument() == document.document()) {
                return document.entry();
            }
        }
        return "";
    }

    /**
     * The note's own number as text at its start ("1. ", "[1]"), left behind when its link back was taken out; only
     * the number its call shows, so that a note that begins "1917 was…" keeps its year.
     */
    private static void stripLeadingNumber(Element content, String shown) {
        // The number, or the punctuation after it that its removed link left behind ("1. Note" less the link "1").
        Pattern number = Pattern.compile("^\\s*(?:[\\[(]?" + Pattern.quote(shown) + "[\\])]?[.:)]?|[.:)\\]])(\\s+|$)");
        for (Node node = content; node != null; ) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    text.text(number.matcher(text.getWholeText()).replaceFirst("").stripLeading());
                    return;
                }
            } else if (node instanceof Element element && element.normalName().equals("sup")
                    && number.matcher(element.text()).replaceFirst("").isEmpty()) {
                Node next = element.nextSibling();
                element.remove();
                node = next != null ? next : content;
                if (node == content) {
                    return;
                }
                continue;
            }
            node = node.childNodeSize() > 0 ? node.childNode(0) : nextInOrder(node, content);
        }
    }

    private static Node nextInOrder(Node node, Node root) {
        for (Node at = node; at != null && at != root; at = at.parent()) {
            if (at.nextSibling() != null) {
                return at.nextSibling();
            }
        }
        return null;
    }

    /** A notes list or section, or a rule before it, left with nothing in it. */
    private static void removeEmptyContainers(Element container) {
        Element at = container;
        while (at != null && !at.normalName().equals("body") && at.text().isBlank() && at.select("img").isEmpty()) {
            Element parent = at.parent();
            Element previous = at.previousElementSibling();
            at.remove();
            if (previous != null && previous.normalName().equals("hr")) {
                previous.remove();
            }
            at = parent;
        }
    }
}
