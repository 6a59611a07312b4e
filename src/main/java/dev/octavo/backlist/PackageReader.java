package dev.octavo.backlist;

import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.Resources;
import nl.siegmann.epublib.domain.SpineReference;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXParseException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the package: epublib reads the container, the package document's Dublin Core metadata, the spine, the
 * cover and the NCX, as it does for EPUB 2 and 3 alike. What epublib 3.1 does not know is read here from the
 * package document with jsoup's XML parser: EPUB 3's refinements (roles, subtitles, series), the nav document, the
 * manifest's declared media types, and the manifest's files that are missing (epublib only logs those).
 */
final class PackageReader {
    private final ImportLog log;

    PackageReader(ImportLog log) {
        this.log = log;
    }

    Optional<EpubPackage> read(EpubArchive archive, String bookName) {
        Optional<String> opfEntry = packageEntry(archive);
        if (opfEntry.isEmpty()) {
            log.error(log.at("META-INF/container.xml"), "the EPUB names no package document (.opf) that it contains");
            return Optional.empty();
        }
        String opf = opfEntry.get();
        if (encrypted(archive)) {
            return Optional.empty();
        }
        byte[] opfBytes = archive.get(opf).orElseThrow();
        if (!wellFormed(opf, opfBytes)) {
            return Optional.empty();
        }
        Document document = Parser.xmlParser().setTrackPosition(true).parseInput(new String(opfBytes,
                StandardCharsets.UTF_8), "");
        Map<String, Element> items = new LinkedHashMap<>();
        Map<String, String> entries = new HashMap<>();
        Map<String, String> mediaTypes = new LinkedHashMap<>();
        Optional<String> nav = Optional.empty();
        Optional<String> cover = Optional.empty();
        List<String> missing = new ArrayList<>();
        for (Element item : byName(document, "item")) {
            String href = item.attr("href");
            Optional<String> entry = Hrefs.resolve(opf, href);
            if (entry.isEmpty() || archive.get(entry.get()).isEmpty()) {
                log.leftOut(log.at(opf, item), "the manifest names '" + href + "', which the EPUB does not contain");
                if (!item.attr("media-type").contains("dtbncx")) {
                    entry.ifPresent(missing::add); // epublib would parse an empty NCX, and print on the console
                }
                continue;
            }
            items.put(item.attr("id"), item);
            entries.put(item.attr("id"), entry.get());
            mediaTypes.put(entry.get(), item.attr("media-type").strip().toLowerCase(Locale.ROOT));
            List<String> properties = List.of(item.attr("properties").strip().split("\\s+"));
            if (properties.contains("nav")) {
                nav = entry;
            }
            if (properties.contains("cover-image")) {
                cover = entry;
            }
        }
        List<String> brokenNcx = new ArrayList<>();
        mediaTypes.forEach((entry, type) -> {
            if (type.equals("application/x-dtbncx+xml") && WellFormed.check(archive.get(entry).orElseThrow()).isPresent()) {
                log.leftOut(log.at(entry), "the NCX is not well-formed XML; its titles are not used");
                brokenNcx.add(entry);
            }
        });
        Book book;
        try {
            Resources resources = new Resources();
            archive.entries().forEach((name, bytes) -> {
                if (!name.equals("META-INF/container.xml") && !brokenNcx.contains(name)) {
                    resources.add(new Resource(bytes, name));
                }
            });
            // epublib is given the package found here, in a container of its own: a broken container.xml or NCX
            // would have its XML parser print on the console.
            resources.add(new Resource(("<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:"
                    + "tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\""
                    + org.jsoup.nodes.Entities.escape(opf) + "\" media-type=\"application/oebps-package+xml\"/>"
                    + "</rootfiles></container>").getBytes(StandardCharsets.UTF_8), "META-INF/container.xml"));
            // Files the manifest names but the zip lacks are reported above; epublib would log each at error level
            // (in Maven's log, for the goal), so it is given an empty one instead.
            missing.forEach(name -> resources.add(new Resource(new byte[0], name)));
            book = new EpubReader().readEpub(resources);
        } catch (Exception | LinkageError e) {
            log.error(log.at(opf), "epublib cannot read the package document: " + e);
            return Optional.empty();
        }
        if (cover.isEmpty() && book.getCoverImage() != null) {
            cover = Optional.ofNullable(entries.get(book.getCoverImage().getId()));
        }
        Map<String, String> tocTitles = new HashMap<>();
        collectTitles(book.getTableOfContents().getTocReferences(), entries, tocTitles);
        nav.ifPresent(entry -> navTitles(entry, archive, tocTitles));

        List<SpineDocument> spine = new ArrayList<>();
        for (SpineReference reference : book.getSpine().getSpineReferences()) {
            String entry = entries.get(reference.getResource().getId());
            if (entry == null) {
                continue;
            }
            String type = mediaTypes.get(entry);
            if (!type.equals("application/xhtml+xml")) {
                log.leftOut(log.at(opf, items.get(reference.getResource().getId())), "the spine's document '" + entry
                        + "' is declared as '" + type + "', not application/xhtml+xml; it is read as HTML");
            }
            spine.add(new SpineDocument(entry, archive.get(entry).orElseThrow(), tocTitles.getOrDefault(entry, "")));
        }
        spineItemsMissing(document, opf, items);
        if (spine.isEmpty()) {
            log.error(log.at(opf), "the spine holds no document that the EPUB contains; there is nothing to import");
            return Optional.empty();
        }
        ImportedMetadata metadata = new MetadataReader(log).read(book, document, opf, cover, bookName);
        return Optional.of(new EpubPackage(metadata, spine, mediaTypes, nav, archive));
    }

    private void spineItemsMissing(Document document, String opf, Map<String, Element> items) {
        for (Element itemref : byName(document, "itemref")) {
            if (!items.containsKey(itemref.attr("idref"))) {
                log.leftOut(log.at(opf, itemref), "the spine names '" + itemref.attr("idref")
                        + "', which is not in the manifest or not in the EPUB; it is left out");
            }
        }
    }

    /**
     * Whether the book's documents are encrypted (DRM), which no import can read: reported. Obfuscated fonts, the
     * one encryption EPUB itself defines, are no hindrance, since fonts are not carried over.
     */
    private boolean encrypted(EpubArchive archive) {
        Optional<byte[]> encryption = archive.get("META-INF/encryption.xml");
        if (encryption.isEmpty()) {
            return false;
        }
        Document document = Parser.xmlParser().parseInput(new String(encryption.get(), StandardCharsets.UTF_8), "");
        for (Element reference : byName(document, "CipherReference")) {
            String uri = reference.attr("URI").toLowerCase(Locale.ROOT);
            if (!uri.matches(".*\\.(ttf|otf|woff2?)$")) {
                log.error(log.at("META-INF/encryption.xml"), "the EPUB is encrypted ('" + reference.attr("URI")
                        + "' among others): a book under DRM cannot be imported");
                return true;
            }
        }
        return false;
    }

    /** The package document named by container.xml, or else the only .opf in the zip. */
    private Optional<String> packageEntry(EpubArchive archive) {
        Optional<byte[]> container = archive.get("META-INF/container.xml");
        if (container.isPresent()) {
            Document document = Jsoup.parse(new String(container.get(), StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element rootfile : byName(document, "rootfile")) {
                Optional<String> entry = Hrefs.resolve("", rootfile.attr("full-path"));
                if (entry.isPresent() && archive.get(entry.get()).isPresent()) {
                    return entry;
                }
            }
        }
        List<String> opfs = archive.entries().keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".opf")).toList();
        return opfs.size() == 1 ? Optional.of(opfs.get(0)) : Optional.empty();
    }

    /** Whether the package document is XML at all: epublib would print a stack trace and go on with nothing. */
    private boolean wellFormed(String opf, byte[] bytes) {
        Optional<SAXParseException> fault = WellFormed.check(bytes);
        fault.ifPresent(e -> log.error(new dev.octavo.SourcePosition(log.at(opf).file(), Math.max(e.getLineNumber(), 0),
                Math.max(e.getColumnNumber(), 0)), "the package document is not well-formed XML: " + e.getMessage()));
        return fault.isEmpty();
    }

    private static void collectTitles(List<TOCReference> references, Map<String, String> entries,
                                      Map<String, String> titles) {
        for (TOCReference reference : references) {
            if (reference.getResource() != null && reference.getTitle() != null) {
                String entry = entries.get(reference.getResource().getId());
                if (entry != null) {
                    titles.putIfAbsent(entry, reference.getTitle().strip());
                }
            }
            collectTitles(reference.getChildren(), entries, titles);
        }
    }

    /** The titles of EPUB 3's nav toc, which epublib does not read; they win over the NCX's. */
    private static void navTitles(String nav, EpubArchive archive, Map<String, String> titles) {
        Document document = Jsoup.parse(new String(archive.get(nav).orElseThrow(), StandardCharsets.UTF_8));
        Map<String, String> found = new HashMap<>();
        for (Element link : document.select("nav a[href]")) {
            Element navElement = link.closest("nav");
            if (navElement != null && !navElement.attr("epub:type").contains("toc")) {
                continue;
            }
            Hrefs.resolve(nav, link.attr("href")).ifPresent(entry -> found.putIfAbsent(entry, link.text().strip()));
        }
        titles.putAll(found);
    }

    /** Elements by local name, whatever prefix the package gives its namespace ({@code dc:}, {@code opf:} or none). */
    static List<Element> byName(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            String tag = element.tagName();
            if (tag.equals(localName) || tag.endsWith(":" + localName)) {
                found.add(element);
            }
        }
        return found;
    }

}
