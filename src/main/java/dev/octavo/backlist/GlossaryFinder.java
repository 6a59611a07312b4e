package dev.octavo.backlist;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the book's glossary: a section or document marked {@code epub:type="glossary"} (or {@code role=
 * "doc-glossary"}), or a definition list under a heading that says "Glossary" in one of the common languages. It
 * is taken out of its document whole, to become {@code glossary.md}.
 */
final class GlossaryFinder {
    private static final Pattern GLOSSARY_HEADING = Pattern.compile(
            "(?iu)^\\s*(glossary|glossaire|glossar|glosario|glossario|glossárium|thuật ngữ|bảng thuật ngữ|"
                    + "woordenlijst|słowniczek|terms|definitions|lexique)\\s*$");

    /** One term and its definitions, each a {@code dd} element. */
    record Entry(String term, List<Element> definitions) {
    }

    /** The glossary: its heading's words and its terms, in the book's order. */
    record Glossary(String title, List<Entry> entries, String entry) {
    }

    Optional<Glossary> find(List<ParsedDocument> documents) {
        for (ParsedDocument document : documents) {
            Element body = document.body();
            Element section = body.getAllElements().stream()
                    .filter(e -> Semantics.is(e, "glossary") && e.selectFirst("dl") != null).findFirst().orElse(null);
            if (section == null) {
                section = byHeading(body);
            }
            if (section != null) {
                return Optional.of(take(section, document));
            }
        }
        return Optional.empty();
    }

    /** A definition list whose document's first heading is a glossary's. */
    private static Element byHeading(Element body) {
        Element heading = body.selectFirst("h1, h2, h3, h4, h5, h6");
        if (heading == null || !GLOSSARY_HEADING.matcher(heading.text()).matches()) {
            return null;
        }
        return body.selectFirst("dl") == null ? null : body;
    }

    private static Glossary take(Element section, ParsedDocument document) {
        Element heading = section.selectFirst("h1, h2, h3, h4, h5, h6");
        String title = heading != null ? heading.text().strip() : "";
        if (title.isEmpty()) {
            title = document.tocTitle().isEmpty() ? "Glossary" : document.tocTitle();
        }
        List<Entry> entries = new ArrayList<>();
        for (Element list : section.select("dl")) {
            List<String> terms = new ArrayList<>();
            List<Element> definitions = new ArrayList<>();
            for (Element child : list.children()) {
                if (child.normalName().equals("dt")) {
                    if (!definitions.isEmpty()) {
                        terms.forEach(term -> entries.add(new Entry(term, List.copyOf(definitions))));
                        terms.clear();
                        definitions.clear();
                    }
                    terms.add(child.text().strip());
                } else if (child.normalName().equals("dd")) {
                    definitions.add(child);
                }
            }
            terms.forEach(term -> entries.add(new Entry(term, List.copyOf(definitions))));
        }
        if (section.normalName().equals("body")) {
            section.select("dl").remove(); // a glossary document: what else it holds stays a chapter's
            if (heading != null) {
                heading.remove();
            }
        } else {
            section.remove();
        }
        entries.removeIf(e -> e.term().isEmpty() || e.definitions().isEmpty());
        return new Glossary(title.toLowerCase(Locale.ROOT).equals(title) && title.length() > 1
                ? Character.toUpperCase(title.charAt(0)) + title.substring(1) : title, List.copyOf(entries),
                document.entry());
    }
}
