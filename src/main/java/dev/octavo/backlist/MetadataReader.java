package dev.octavo.backlist;

import nl.siegmann.epublib.domain.Book;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The book's metadata as book.yaml will say it: epublib's Dublin Core (title, language, identifiers, publisher,
 * dates, rights, description, subjects), and from the package document itself what epublib 3.1 does not read:
 * EPUB 3's refinements (a title's type, a person's role, a collection) and calibre's series of EPUB 2 books.
 */
final class MetadataReader {
    private static final Pattern DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern UUID = Pattern.compile(
            "(?i)^(urn:uuid:|uuid:)?(\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12})$");

    private final ImportLog log;

    MetadataReader(ImportLog log) {
        this.log = log;
    }

    ImportedMetadata read(Book book, Document opf, String opfEntry, Optional<String> cover, String bookName) {
        var meta = book.getMetadata();
        Map<String, Map<String, String>> refinements = refinements(opf);
        String title = "";
        String subtitle = "";
        for (Element element : PackageReader.byName(opf, "title")) {
            String type = refinements.getOrDefault(element.id(), Map.of()).getOrDefault("title-type", "");
            if (type.equals("subtitle") && subtitle.isEmpty()) {
                subtitle = element.text().strip();
            } else if (title.isEmpty() && !type.equals("subtitle")) {
                title = element.text().strip();
            }
        }
        if (title.isEmpty() && meta.getFirstTitle() != null) {
            title = meta.getFirstTitle().strip();
        }
        if (title.isEmpty()) {
            title = bookName.replaceFirst("(?i)\\.epub$", "");
            log.leftOut(log.at(opfEntry), "the package has no title; book.yaml takes the file's name, '" + title + "'");
        }
        String language = first(meta.getLanguage() == null ? List.of() : List.of(meta.getLanguage()));
        if (language.isBlank() || language.equals("en") && PackageReader.byName(opf, "language").isEmpty()) {
            language = "en";
            log.leftOut(log.at(opfEntry), "the package names no language; book.yaml says 'en': correct it if need be");
        }
        return new ImportedMetadata(title, subtitle, language.strip(), people(opf, "creator", "aut", refinements),
                people(opf, "contributor", "ctb", refinements), identifier(book, opf, opfEntry), first(meta.getPublishers()),
                date(meta, opfEntry), first(meta.getRights()),
                Jsoup.parse(first(meta.getDescriptions())).text().strip(),
                meta.getSubjects().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                series(opf, refinements), cover);
    }

    private String date(nl.siegmann.epublib.domain.Metadata meta, String opfEntry) {
        for (var date : meta.getDates()) {
            Matcher m = DATE.matcher(date.getValue().strip());
            if (m.find() && (date.getEvent() == null || date.getEvent().toString().equals("publication"))) {
                return m.group(1);
            }
        }
        for (var date : meta.getDates()) {
            Matcher m = DATE.matcher(date.getValue().strip());
            if (m.find()) {
                return m.group(1);
            }
        }
        if (!meta.getDates().isEmpty()) {
            log.leftOut(log.at(opfEntry), "the date '" + meta.getDates().get(0).getValue()
                    + "' is not a whole date (YYYY-MM-DD), which book.yaml needs; it is left out");
        }
        return "";
    }

    /**
     * The unique identifier; a bare UUID (or calibre's {@code uuid:…}) as a URN, as book.yaml wants it. The package's other identifiers (an ISBN
     * beside calibre's UUID) are told as left out: book.yaml holds one, and an ISBN names one edition only.
     */
    private String identifier(Book book, Document opf, String opfEntry) {
        String uniqueId = PackageReader.byName(opf, "package").stream().findFirst().map(p -> p.attr("unique-identifier")).orElse("");
        List<Element> identifiers = PackageReader.byName(opf, "identifier");
        Optional<Element> unique = identifiers.stream().filter(e -> e.id().equals(uniqueId)).findFirst();
        String value = unique.map(e -> e.text().strip()).orElse("");
        if (value.isEmpty() && !book.getMetadata().getIdentifiers().isEmpty()) {
            value = book.getMetadata().getIdentifiers().get(0).getValue().strip();
        }
        for (Element other : identifiers) {
            String text = other.text().strip();
            if (!text.isEmpty() && !text.equals(value) && unique.map(u -> u != other).orElse(true)) {
                String scheme = other.attr("opf:scheme").strip();
                log.leftOut(log.at(opfEntry, other), "the identifier '" + text + "'" + (scheme.isEmpty() ? ""
                        : " (" + scheme + ")") + " is left out: book.yaml takes the package's unique identifier, '"
                        + value + "'; an ISBN names one edition, so a new edition is given its own");
            }
        }
        Matcher uuid = UUID.matcher(value);
        return uuid.matches() ? "urn:uuid:" + uuid.group(2).toLowerCase(Locale.ROOT) : value;
    }

    /** Creators or contributors, each with its role: EPUB 3's refinement, EPUB 2's {@code opf:role}, or the default. */
    private static List<ImportedMetadata.Person> people(Document opf, String element, String defaultRole,
                                                         Map<String, Map<String, String>> refinements) {
        List<ImportedMetadata.Person> people = new ArrayList<>();
        for (Element person : PackageReader.byName(opf, element)) {
            String name = person.text().strip();
            if (name.isEmpty()) {
                continue;
            }
            String role = refinements.getOrDefault(person.id(), Map.of()).getOrDefault("role", "");
            if (role.isEmpty()) {
                role = person.attr("opf:role");
            }
            role = role.strip().toLowerCase(Locale.ROOT);
            people.add(new ImportedMetadata.Person(name, role.matches("[a-z]{3}") ? role : defaultRole));
        }
        return people;
    }

    /** EPUB 3's {@code belongs-to-collection}, or calibre's {@code calibre:series} that EPUB 2 books carry. */
    private static Optional<ImportedMetadata.Series> series(Document opf, Map<String, Map<String, String>> refinements) {
        for (Element meta : PackageReader.byName(opf, "meta")) {
            if (meta.attr("property").equals("belongs-to-collection") && !meta.text().isBlank()) {
                Map<String, String> refined = refinements.getOrDefault(meta.id(), Map.of());
                String type = refined.getOrDefault("collection-type", "series");
                if (type.equals("series")) {
                    return Optional.of(new ImportedMetadata.Series(meta.text().strip(),
                            position(refined.getOrDefault("group-position", ""))));
                }
            }
        }
        String name = "";
        String index = "";
        for (Element meta : PackageReader.byName(opf, "meta")) {
            if (meta.attr("name").equals("calibre:series")) {
                name = meta.attr("content").strip();
            } else if (meta.attr("name").equals("calibre:series_index")) {
                index = meta.attr("content").strip();
            }
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(new ImportedMetadata.Series(name, position(index)));
    }

    /** A position as book.yaml takes it: "2" or "2.5"; calibre writes "2.0". */
    private static String position(String value) {
        String position = value.strip().replaceFirst("\\.0+$", "");
        return position.matches("\\d+(\\.\\d+)?") ? position : "";
    }

    /** {@code <meta refines="#id" property="p">value</meta>}, by id and property. */
    private static Map<String, Map<String, String>> refinements(Document opf) {
        Map<String, Map<String, String>> refinements = new HashMap<>();
        for (Element meta : PackageReader.byName(opf, "meta")) {
            String refines = meta.attr("refines");
            if (refines.startsWith("#") && !meta.attr("property").isEmpty()) {
                refinements.computeIfAbsent(refines.substring(1), id -> new HashMap<>())
                        .putIfAbsent(meta.attr("property"), meta.text().strip());
            }
        }
        return refinements;
    }

    private static String first(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().map(String::strip).orElse("");
    }
}
