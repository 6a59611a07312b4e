package dev.octavo.backlist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * EPUBs written entry by entry with java.util.zip, so a test reads what it imports: an EPUB 2 of the classic
 * kind (NCX, {@code opf:role}, calibre's series, superscript links to notes at a chapter's end and in a notes
 * document, a glossary as a definition list under its heading) with the faults books made elsewhere have, and
 * hostile zips.
 */
public final class HandMadeEpub {
    static final byte[] PNG = png();

    private HandMadeEpub() {
    }

    public static Path write(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The classic EPUB 2 with endnotes, a notes document, a glossary and the faults listed in the test. */
    public static Map<String, byte[]> classicEpub2() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/epub+zip"));
        entries.put("META-INF/container.xml", bytes("""
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """));
        entries.put("OEBPS/content.opf", bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="BookId">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
                    <dc:title>Harbour Lights</dc:title>
                    <dc:creator opf:role="aut" opf:file-as="Marsh, Tom">Tom Marsh</dc:creator>
                    <dc:contributor opf:role="trl">Ines Vidal</dc:contributor>
                    <dc:language>en</dc:language>
                    <dc:identifier id="BookId" opf:scheme="UUID">1b4e28ba-2fa1-11d2-883f-0016d3cca427</dc:identifier>
                    <dc:publisher>Old Quay Books</dc:publisher>
                    <dc:date opf:event="publication">2009-03-14</dc:date>
                    <dc:rights>All rights reserved</dc:rights>
                    <dc:description>&lt;p&gt;Two nights in a harbour town.&lt;/p&gt;</dc:description>
                    <dc:subject>Harbours</dc:subject>
                    <dc:subject>Fiction</dc:subject>
                    <meta name="calibre:series" content="Coast Tales"/>
                    <meta name="calibre:series_index" content="2.0"/>
                    <meta name="cover" content="cover-image"/>
                  </metadata>
                  <manifest>
                    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                    <item id="cover-image" href="images/cover.png" media-type="image/png"/>
                    <item id="cover" href="cover.html" media-type="application/xhtml+xml"/>
                    <item id="ch1" href="chapter1.html" media-type="application/xhtml+xml"/>
                    <item id="ch2" href="chapter2.html" media-type="text/html"/>
                    <item id="notes" href="notes.html" media-type="application/xhtml+xml"/>
                    <item id="glossary" href="glossary.html" media-type="application/xhtml+xml"/>
                    <item id="quay" href="images/quay.jpg" media-type="image/jpeg"/>
                    <item id="css" href="style.css" media-type="text/css"/>
                    <item id="gone" href="images/lost.png" media-type="image/png"/>
                  </manifest>
                  <spine toc="ncx">
                    <itemref idref="cover" linear="no"/>
                    <itemref idref="ch1"/>
                    <itemref idref="ch2"/>
                    <itemref idref="notes"/>
                    <itemref idref="glossary"/>
                  </spine>
                  <guide><reference type="cover" title="Cover" href="cover.html"/></guide>
                </package>
                """));
        entries.put("OEBPS/toc.ncx", bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
                  <head><meta name="dtb:uid" content="1b4e28ba-2fa1-11d2-883f-0016d3cca427"/></head>
                  <docTitle><text>Harbour Lights</text></docTitle>
                  <navMap>
                    <navPoint id="n1" playOrder="1"><navLabel><text>The First Night</text></navLabel><content src="chapter1.html"/></navPoint>
                    <navPoint id="n2" playOrder="2"><navLabel><text>The Second Night</text></navLabel><content src="chapter2.html"/></navPoint>
                    <navPoint id="n3" playOrder="3"><navLabel><text>Notes</text></navLabel><content src="notes.html"/></navPoint>
                    <navPoint id="n4" playOrder="4"><navLabel><text>Glossary</text></navLabel><content src="glossary.html"/></navPoint>
                  </navMap>
                </ncx>
                """));
        entries.put("OEBPS/style.css", bytes("p { text-indent: 1em; }\nh1 { font-size: 2em; }\n"));
        entries.put("OEBPS/images/cover.png", PNG);
        entries.put("OEBPS/images/quay.jpg", PNG); // a PNG whatever its name and media type say
        entries.put("OEBPS/cover.html", bytes(page("Cover", "<div><img src=\"images/cover.png\" alt=\"Cover\"/></div>")));
        entries.put("OEBPS/chapter1.html", bytes(page("The First Night", """
                <h2 class="chapter">The First Night</h2>
                <p>The ferry came in late<sup><a id="r1" href="#n1">1</a></sup> and the quay was empty.</p>
                <p class="center"><img src="images/quay.jpg" alt="The quay at night"/></p>
                <p>A <a href="chapter2.html#night2">later chapter</a> tells the rest; <a href="missing.html">this</a> does not exist.</p>
                <script type="text/javascript">alert('hi');</script>
                <form action="http://example.com/"><input type="text" name="q"/></form>
                <h3 id="rain">The Rain</h3>
                <p style="color: red">It rained on the harbour<sup><a id="r2" href="#n2">2</a></sup>.</p>
                <hr/>
                <p class="note" id="n1"><a href="#r1">1</a>. The ferry ran twice a day in summer, once in winter.</p>
                <p class="note" id="n2"><a href="#r2">2</a>. As it does in every story about harbours.</p>
                """)));
        // Not well-formed: an unclosed <br>, an HTML entity without its DTD, a stray end tag.
        entries.put("OEBPS/chapter2.html", bytes("""
                <html><head><title>The Second Night</title></head><body>
                <h2 id="night2">The Second Night</h2>
                <p>By morning the boats were out<a href="notes.html#e3"><sup>3</sup></a>.<br>The harbour&nbsp;master counted them.</p>
                <p>He kept a list of <i>every</i> boat<a href="notes.html#e4"><sup>4</sup></a>.</span></p>
                <p>Calibre's kind of call<a id="c5" href="notes.html#e5">[5]</a>, and a number that is no call: see <a href="chapter1.html#rain">2</a>.</p>
                </body></html>
                """));
        entries.put("OEBPS/notes.html", bytes(page("Notes", """
                <h2>Notes</h2>
                <p><a id="e3" href="chapter2.html">3</a> Eleven boats, by his count.</p>
                <p><a id="e4" href="chapter2.html">4</a> The list survives; see the <a href="chapter1.html#rain">rain</a>.</p>
                <p id="e5"><a href="chapter2.html#c5">[5]</a> Neither marked nor raised.</p>
                """)));
        entries.put("OEBPS/glossary.html", bytes(page("Glossary", """
                <h2>Glossary</h2>
                <dl>
                  <dt>Bollard</dt><dd>A short post on a quay to tie a boat to.</dd>
                  <dt>Quay</dt><dd>A stone platform where boats <em>load</em> and unload.</dd>
                </dl>
                """)));
        return entries;
    }

    /**
     * An EPUB 3 with a nav and no NCX: refinements for the subtitle, the people's roles and the series; two chapters
     * in one document with EPUB 3's noteref and footnote; a document without a heading, titled in the nav only; a
     * glossary section; a page-break marker; a {@code javascript:} link.
     */
    public static Map<String, byte[]> navOnlyEpub3() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/epub+zip"));
        entries.put("META-INF/container.xml", bytes("""
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="book/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """));
        entries.put("book/package.opf", bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="fr">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="uid">urn:isbn:9780306406157</dc:identifier>
                    <dc:title id="t1">Les Phares</dc:title>
                    <dc:title id="t2">Une histoire des côtes</dc:title>
                    <meta refines="#t1" property="title-type">main</meta>
                    <meta refines="#t2" property="title-type">subtitle</meta>
                    <dc:creator id="c1">Jeanne Roc</dc:creator>
                    <meta refines="#c1" property="role" scheme="marc:relators">edt</meta>
                    <dc:contributor id="c2">Paul Vague</dc:contributor>
                    <meta refines="#c2" property="role" scheme="marc:relators">ill</meta>
                    <dc:language>fr</dc:language>
                    <dc:date>2021-06-01T00:00:00Z</dc:date>
                    <meta property="belongs-to-collection" id="s1">Mers et côtes</meta>
                    <meta refines="#s1" property="collection-type">series</meta>
                    <meta refines="#s1" property="group-position">3</meta>
                    <meta property="dcterms:modified">2021-06-01T00:00:00Z</meta>
                  </metadata>
                  <manifest>
                    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    <item id="cover" href="img/couverture.png" media-type="image/png" properties="cover-image"/>
                    <item id="text" href="text/texte.xhtml" media-type="application/xhtml+xml"/>
                    <item id="coda" href="text/coda.xhtml" media-type="application/xhtml+xml"/>
                    <item id="gloss" href="text/glossaire.xhtml" media-type="application/xhtml+xml"/>
                  </manifest>
                  <spine>
                    <itemref idref="text"/>
                    <itemref idref="coda"/>
                    <itemref idref="gloss"/>
                  </spine>
                </package>
                """));
        entries.put("book/img/couverture.png", PNG);
        entries.put("book/nav.xhtml", bytes(page3("Sommaire", """
                <nav epub:type="toc"><ol>
                  <li><a href="text/texte.xhtml#un">Le Feu</a></li>
                  <li><a href="text/texte.xhtml#deux">La Lentille</a></li>
                  <li><a href="text/coda.xhtml">Coda</a></li>
                  <li><a href="text/glossaire.xhtml">Glossaire</a></li>
                </ol></nav>
                """)));
        entries.put("book/text/texte.xhtml", bytes(page3("Texte", """
                <section epub:type="chapter"><h1 id="un">Le Feu</h1>
                <p>On brûlait du bois<a epub:type="noteref" href="#n1">1</a>, puis de l'huile.<span epub:type="pagebreak" id="p2" title="2"/></p>
                <p>Voir <a href="#deux">la lentille</a> et <a href="javascript:alert(1)">ceci</a>.</p>
                <aside epub:type="footnote" id="n1"><p>Sur les côtes bretonnes surtout.</p></aside>
                </section>
                <section epub:type="chapter"><h1 id="deux">La Lentille</h1>
                <p>Fresnel changea tout<a epub:type="noteref" href="#n2">2</a>.</p>
                <table><thead><tr><th>Année</th><th>Portée</th></tr></thead><tbody><tr><td>1823</td><td>32 km</td></tr></tbody></table>
                <figure><img src="../img/couverture.png" alt="De face"/><img src="../img/couverture.png" alt="De profil"/>
                <figcaption>Deux vues de la lentille</figcaption></figure>
                <aside epub:type="footnote" id="n2"><p>En 1823, à Cordouan.</p></aside>
                </section>
                """)));
        entries.put("book/text/coda.xhtml", bytes(page3("Coda", "<p>Les phares s'éteignent un à un.</p>")));
        entries.put("book/text/glossaire.xhtml", bytes(page3("Glossaire", """
                <section epub:type="glossary"><h1>Glossaire</h1>
                <dl><dt><dfn>Lentille</dfn></dt><dd>Verre taillé qui concentre la lumière.</dd></dl>
                </section>
                """)));
        return entries;
    }

    /**
     * An EPUB 2 as calibre's ebook-convert makes one from Markdown (its shape seen in calibre 6.13's output): a
     * chapter cut into two files at its section (the second file opens with an h2 and is not in the NCX), every
     * element with a generated class (code too), python-markdown's notes gathered at the book's end, an ISBN beside
     * the unique UUID, calibre's series, its EPUB 3 form of a UUID ({@code uuid:…}).
     */
    public static Map<String, byte[]> calibreEpub2() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/epub+zip"));
        entries.put("META-INF/container.xml", bytes("""
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """));
        entries.put("content.opf", bytes("""
                <?xml version='1.0' encoding='utf-8'?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="uuid_id">
                  <metadata xmlns:opf="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:calibre="http://calibre.kovidgoyal.net/2009/metadata">
                    <dc:title>The Keeper's Log</dc:title>
                    <dc:language>en</dc:language>
                    <dc:creator opf:file-as="Writer, Ann" opf:role="aut">Ann Writer</dc:creator>
                    <dc:identifier id="uuid_id" opf:scheme="uuid">uuid:fedea6ce-142b-4ca0-bada-5fa83d7d90e9</dc:identifier>
                    <dc:identifier opf:scheme="ISBN">9780306406157</dc:identifier>
                    <meta name="calibre:series" content="Lighthouses"/>
                    <meta name="calibre:series_index" content="2"/>
                  </metadata>
                  <manifest>
                    <item id="html3" href="index_split_000.html" media-type="application/xhtml+xml"/>
                    <item id="html2" href="index_split_001.html" media-type="application/xhtml+xml"/>
                    <item id="html1" href="index_split_002.html" media-type="application/xhtml+xml"/>
                    <item id="css" href="stylesheet.css" media-type="text/css"/>
                    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                  </manifest>
                  <spine toc="ncx">
                    <itemref idref="html3"/>
                    <itemref idref="html2"/>
                    <itemref idref="html1"/>
                  </spine>
                </package>
                """));
        entries.put("toc.ncx", bytes("""
                <?xml version='1.0' encoding='utf-8'?>
                <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
                  <head><meta name="dtb:uid" content="fedea6ce-142b-4ca0-bada-5fa83d7d90e9"/></head>
                  <docTitle><text>The Keeper's Log</text></docTitle>
                  <navMap>
                    <navPoint id="n1" playOrder="1"><navLabel><text>The Keeper's Log</text></navLabel><content src="index_split_000.html#calibre_toc_1"/></navPoint>
                    <navPoint id="n2" playOrder="2"><navLabel><text>The Relief Keeper</text></navLabel><content src="index_split_002.html#calibre_toc_2"/></navPoint>
                  </navMap>
                </ncx>
                """));
        entries.put("stylesheet.css", bytes(".calibre { display: block } .calibre2 { margin: 0 }\n"));
        entries.put("index_split_000.html", bytes(calibrePage("""
                <h1 id="calibre_toc_1" class="calibre1">The Keeper's Log</h1>
                <p class="calibre2">The lamp was lit at dusk.<sup id="fnref:1" class="calibre3"><a href="index_split_002.html#fn:1" class="footnote-ref">1</a></sup> Nobody remembered a night without it.</p>
                """)));
        entries.put("index_split_001.html", bytes(calibrePage("""
                <h2 id="storms" class="calibre4">Storms</h2>
                <p class="calibre2">The storm of 1911 tore the rail away.<sup id="fnref:2" class="calibre3"><a href="index_split_002.html#fn:2" class="footnote-ref">2</a></sup></p>
                """)));
        entries.put("index_split_002.html", bytes(calibrePage("""
                <h1 id="calibre_toc_2" class="calibre1">The Relief Keeper</h1>
                <p class="calibre2">Lan came in spring: "Biển hôm nay lặng."</p>
                <pre class="calibre7"><code class="calibre8">log.append("wind: NE 5")
                </code></pre>
                <pre class="calibre7"><code class="language-python calibre8">print("lamp")
                </code></pre>
                <div class="footnote">
                <hr class="calibre9"/>
                <ol class="calibre10">
                <li id="fn:1" class="calibre11"><p class="calibre2">The first lamp burned whale oil. <a href="index_split_000.html#fnref:1" title="Jump back to footnote 1 in the text">&#8617;</a></p></li>
                <li id="fn:2" class="calibre11"><p class="calibre2">It was replaced in 1913. <a href="index_split_001.html#fnref:2" title="Jump back to footnote 2 in the text">&#8617;</a></p></li>
                </ol>
                </div>
                """)));
        return entries;
    }

    /** An EPUB 3 of one chapter with this body (XHTML), in the shape of a package pandoc writes. */
    public static Map<String, byte[]> oneChapterEpub3(String title, String language, String body) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/epub+zip"));
        entries.put("META-INF/container.xml", bytes("""
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """));
        entries.put("EPUB/content.opf", bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="epub-id-1">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="epub-id-1">urn:uuid:0b5f4f7e-2a43-4d0b-9a77-54a3e1c2f6d1</dc:identifier>
                    <dc:title>%s</dc:title>
                    <dc:language>%s</dc:language>
                    <meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
                  </metadata>
                  <manifest>
                    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                    <item id="ch001" href="text/ch001.xhtml" media-type="application/xhtml+xml"/>
                  </manifest>
                  <spine><itemref idref="ch001"/></spine>
                </package>
                """.formatted(title, language)));
        entries.put("EPUB/nav.xhtml", bytes(page3("Contents", """
                <nav epub:type="toc"><ol><li><a href="text/ch001.xhtml">%s</a></li></ol></nav>
                """.formatted(title))));
        entries.put("EPUB/text/ch001.xhtml", bytes(page3(title, body)));
        return entries;
    }

    private static String calibrePage(String body) {
        return "<?xml version='1.0' encoding='utf-8'?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>"
                + "<title>Unknown</title><link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/></head>\n"
                + "<body class=\"calibre\">\n" + body + "</body></html>\n";
    }

    private static String page3(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="fr" xml:lang="fr">
                <head><title>%s</title></head>
                <body>
                %s
                </body></html>
                """.formatted(title, body);
    }

    public static String page(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title>
                <link rel="stylesheet" type="text/css" href="style.css"/></head>
                <body>
                %s
                </body></html>
                """.formatted(title, body);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A 16 × 12 PNG of one colour, at 300 ppi (so the print's preflight has nothing to say). */
    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 12,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
