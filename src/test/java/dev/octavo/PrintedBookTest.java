package dev.octavo;

import dev.octavo.model.Book;
import dev.octavo.model.Footnote;
import dev.octavo.model.Inlines;
import dev.octavo.model.Paragraph;
import dev.octavo.testing.PdfPages;
import dev.octavo.testing.PdfText;
import dev.octavo.testing.Seed;
import dev.octavo.testing.SeedBook;
import dev.octavo.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed book's PDF as a printer and a reader see it, checked with PDFBox and veraPDF. */
class PrintedBookTest {
    static Path pdf;
    static PDDocument doc;
    static String[] labels;
    /** Outline title → 0-based page index of its destination. */
    static Map<String, Integer> bookmarks = new LinkedHashMap<>();

    @BeforeAll
    static void open() throws Exception {
        pdf = SeedBook.publication().pdf().orElseThrow();
        doc = Loader.loadPDF(pdf.toFile());
        labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        collect(doc.getDocumentCatalog().getDocumentOutline().children());
    }

    @AfterAll
    static void close() throws Exception {
        doc.close();
    }

    private static void collect(Iterable<PDOutlineItem> items) throws Exception {
        for (PDOutlineItem item : items) {
            PDPage page = item.findDestinationPage(doc);
            bookmarks.put(item.getTitle(), doc.getPages().indexOf(page));
            collect(item.children());
        }
    }

    private static String squeezedPage(int index) throws Exception {
        return PdfText.squeeze(PdfPages.text(doc, index, p -> true));
    }

    private static int bodyStart() {
        return bookmarks.get(Seed.headings().isEmpty() ? "" : "Mở đầu");
    }

    @Test
    void everyBookmarkPointsAtThePageWhereItsHeadingIsPrinted() throws Exception {
        assertTrue(bookmarks.size() >= 11, bookmarks.toString());
        for (Map.Entry<String, Integer> bookmark : bookmarks.entrySet()) {
            assertTrue(squeezedPage(bookmark.getValue()).contains(PdfText.squeeze(bookmark.getKey())),
                    bookmark.getKey() + " is not printed on page index " + bookmark.getValue());
        }
        for (String heading : Seed.headings()) {
            assertTrue(bookmarks.containsKey(heading), "no bookmark for " + heading);
        }
    }

    @Test
    void pageLabelsAreRomanInTheFrontMatterAndArabicFromTheFirstChapter() {
        int body = bodyStart();
        assertTrue(body >= 4, "front matter: half-title, its verso, title page, colophon, contents");
        String[] roman = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
        for (int i = 0; i < body; i++) {
            assertEquals(roman[i], labels[i], "label of page index " + i);
        }
        for (int i = body; i < labels.length; i++) {
            assertEquals(Integer.toString(i - body + 1), labels[i], "label of page index " + i);
        }
    }

    @Test
    void everyPrintedTocNumberIsThePageLabelOfItsHeading() throws Exception {
        int tocPage = bookmarks.get("Mục lục");
        StringBuilder toc = new StringBuilder();
        for (int i = tocPage; i < bodyStart(); i++) {
            toc.append(squeezedPage(i));
        }
        int checked = 0;
        for (Map.Entry<String, Integer> bookmark : bookmarks.entrySet()) {
            if (bookmark.getKey().equals("Mục lục")) {
                continue;
            }
            Matcher m = Pattern.compile(Pattern.quote(PdfText.squeeze(bookmark.getKey())) + "\\.{3,}(\\d+)")
                    .matcher(toc);
            assertTrue(m.find(), bookmark.getKey() + " is not in the printed contents: " + toc);
            assertEquals(labels[bookmark.getValue()], m.group(1), "printed page of " + bookmark.getKey());
            checked++;
        }
        assertTrue(checked >= 10);
    }

    @Test
    void chaptersOpenOnRightHandPagesWithoutARunningHead() throws Exception {
        for (String chapter : List.of("Mở đầu", "Nước Nga vào cuối năm 1917",
                "Tăng cường củng cố, từ tháng 10 đến tháng 12 năm 1917", "Những bước đầu tiên của phản cách mạng", "Thuật ngữ")) {
            int page = bookmarks.get(chapter);
            assertEquals(0, page % 2, chapter + " opens on page index " + page + ", a left-hand page");
            // The empty head is a no-break space, invisible.
            String head = PdfPages.text(doc, page, p -> PdfPages.y(p) < 0.08f).replace('\u00A0', ' ');
            assertTrue(head.isBlank(), "running head on " + chapter + ": " + head);
        }
    }

    /** openhtmltopdf inserts them with a head and a folio; Octavo empties every page that carries nothing of the book. */
    @Test
    void pagesLeftBlankBeforeAChapterCarryNothingAtAll() throws Exception {
        int blank = 0;
        for (String chapter : List.of("Mở đầu", "Nước Nga vào cuối năm 1917",
                "Tăng cường củng cố, từ tháng 10 đến tháng 12 năm 1917", "Những bước đầu tiên của phản cách mạng", "Thuật ngữ")) {
            int before = bookmarks.get(chapter) - 1;
            if (PdfPages.text(doc, before, p -> true).isBlank()) {
                try (InputStream contents = doc.getPage(before).getContents()) {
                    assertEquals(0, contents.readAllBytes().length, "page index " + before + " before " + chapter);
                }
                blank++;
            }
        }
        assertTrue(blank >= 2, "the seed book has pages left blank before its chapters: the test would prove little");
    }

    /** The glossary is typeset as a document of its own: its heads and folios go on from the body's. */
    @Test
    void theGlossaryPagesHaveTheHeadsAndFoliosOfTheBook() throws Exception {
        int glossary = bookmarks.get("Thuật ngữ");
        assertTrue(glossary + 2 < doc.getNumberOfPages(), "the seed's glossary has three pages or more");
        assertEquals("Năm 1918: năm đầu tiên của Cách mạng Nga",
                PdfPages.text(doc, glossary + 1, p -> PdfPages.y(p) < 0.08f).strip());
        assertEquals("Thuật ngữ", PdfPages.text(doc, glossary + 2, p -> PdfPages.y(p) < 0.08f).strip());
        for (int page = glossary; page < doc.getNumberOfPages(); page++) {
            assertEquals(labels[page], PdfPages.text(doc, page, p -> PdfPages.y(p) > 0.92f).strip(), "folio of page index " + page);
        }
    }

    /** The glossary's tags join the body's: one Document element, and every element on a page of this file. */
    @Test
    void theTagsFormOneDocumentOnThePagesOfTheBook() {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        COSDictionary document = (COSDictionary) root.getDictionaryObject(COSName.K);
        assertEquals("Document", document.getNameAsString(COSName.S));
        Set<COSDictionary> pages = new HashSet<>();
        doc.getPages().forEach(page -> pages.add(page.getCOSObject()));
        List<String> strays = new ArrayList<>();
        Set<String> types = new HashSet<>();
        Deque<COSDictionary> open = new ArrayDeque<>(List.of(document));
        while (!open.isEmpty()) {
            COSDictionary element = open.pop();
            types.add(element.getNameAsString(COSName.S));
            if (element.getDictionaryObject(COSName.PG) instanceof COSDictionary page && !pages.contains(page)) {
                strays.add(element.getNameAsString(COSName.S));
            }
            COSBase kids = element.getDictionaryObject(COSName.K);
            for (COSBase kid : kids instanceof COSArray array ? array : kids == null ? new COSArray() : new COSArray(List.of(kids))) {
                COSBase resolved = kid instanceof COSObject object ? object.getObject() : kid;
                if (resolved instanceof COSDictionary child && child.containsKey(COSName.S)) {
                    assertEquals(element, child.getDictionaryObject(COSName.P), "parent of a " + child.getNameAsString(COSName.S));
                    open.push(child);
                }
            }
        }
        assertEquals(List.of(), strays, "elements on a page that is not in the file");
        assertTrue(types.contains("DL") || types.contains("L") || types.contains("LI"), "the glossary's list is tagged: " + types);
    }

    @Test
    void runningHeadsCarryTheBookTitleOnTheLeftAndTheChapterOnTheRight() throws Exception {
        int opener = bookmarks.get("Nước Nga vào cuối năm 1917");
        String left = PdfPages.text(doc, opener + 1, p -> PdfPages.y(p) < 0.08f).strip();
        String right = PdfPages.text(doc, opener + 2, p -> PdfPages.y(p) < 0.08f).strip();
        assertEquals("Năm 1918: năm đầu tiên của Cách mạng Nga", left);
        assertEquals("Nước Nga vào cuối năm 1917", right);
        String folio = PdfPages.text(doc, opener + 2, p -> PdfPages.y(p) > 0.92f).strip();
        assertEquals(labels[opener + 2], folio, "folio at the foot of the right-hand page");
    }

    @Test
    void everyFootnoteIsPrintedOnThePageOfItsCall() throws Exception {
        Book book = SeedBook.model();
        List<String> misplaced = new ArrayList<>();
        List<List<Integer>> callsByPage = new ArrayList<>();
        List<String> notesByPage = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            // Body 10 pt, running heads and folios 8.5 pt, notes 8 pt, calls 6.5 pt.
            callsByPage.add(PdfPages.smallNumbers(doc, i, 7f));
            notesByPage.add(PdfText.squeeze(PdfPages.text(doc, i, p -> PdfPages.size(p) >= 7.5f && PdfPages.size(p) < 8.25f)));
        }
        for (Footnote note : book.footnotes()) {
            String text = Inlines.plainText(((Paragraph) note.content().get(0)).content());
            String start = PdfText.squeeze(note.number() + ". " + text.substring(0, Math.min(25, text.length())));
            int callPage = indexOf(callsByPage, note.number());
            int notePage = -1;
            for (int i = 0; i < notesByPage.size() && notePage < 0; i++) {
                notePage = notesByPage.get(i).contains(start) ? i : -1;
            }
            if (callPage < 0 || callPage != notePage) {
                misplaced.add(note.number() + ": call on page index " + callPage + ", note on " + notePage);
            }
        }
        assertEquals(List.of(), misplaced);
        assertEquals(32, book.footnotes().size());
    }

    private static int indexOf(List<List<Integer>> numbersByPage, int number) {
        for (int i = 0; i < numbersByPage.size(); i++) {
            if (numbersByPage.get(i).contains(number)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyGlossaryEntryListsPagesWhereItsTermIsPrinted() throws Exception {
        int glossaryPage = bookmarks.get("Thuật ngữ");
        StringBuilder glossary = new StringBuilder();
        for (int i = glossaryPage; i < doc.getNumberOfPages(); i++) {
            glossary.append(PdfPages.text(doc, i, p -> PdfPages.y(p) > 0.08f && PdfPages.y(p) < 0.92f));
        }
        Matcher entry = Pattern.compile("(?m)^(Bolshevik|Menshevik|Kulak)\\s*$[\\s\\S]*?tr\\. ([0-9, ]+)$").matcher(glossary);
        int checked = 0;
        while (entry.find()) {
            for (String label : entry.group(2).split(",\\s*")) {
                int index = List.of(labels).indexOf(label.strip());
                assertTrue(index >= bodyStart(), entry.group(1) + ": page " + label);
                assertTrue(PdfPages.text(doc, index, p -> true).contains(entry.group(1)),
                        entry.group(1) + " is not printed on page " + label);
                checked++;
            }
        }
        assertTrue(checked >= 5, "page references checked: " + checked);
    }

    @Test
    void documentInformationAndLanguageComeFromTheBook() {
        assertEquals("Năm 1918: năm đầu tiên của Cách mạng Nga", doc.getDocumentInformation().getTitle());
        assertEquals("Derek Gunby", doc.getDocumentInformation().getAuthor());
        assertEquals("vi", doc.getDocumentCatalog().getLanguage());
        assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                "tagged PDF");
    }

    @Test
    void veraPdfFindsTheFileConformingToPdfA3u() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_3_U));
    }

    @Test
    void veraPdfFindsTheFileConformingToPdfUa1() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @Test
    void trimSizeAndBleedComeFromBookYaml(@TempDir Path work) throws Exception {
        Path manuscript = Files.createDirectories(work.resolve("manuscript"));
        Files.writeString(manuscript.resolve("book.yaml"), "title: Khổ sách\nlanguage: vi\n"
                + "identifier: urn:uuid:3f2b9c1e-7a4d-4c2e-9b8a-1d2e3f4a5b6c\ntrim: 6in x 9in\nbleed: 3mm\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương\n\nVăn bản.\n");
        Publication publication = Publisher.builder().manuscript(manuscript).output(work.resolve("dist"))
                .formats(java.util.Set.of(Format.PDF)).timestamp(SeedBook.STAMP).build().publish();
        try (PDDocument small = Loader.loadPDF(publication.pdf().orElseThrow().toFile())) {
            float mm = 72f / 25.4f;
            for (PDPage page : small.getPages()) {
                PDRectangle media = page.getMediaBox();
                PDRectangle trim = page.getTrimBox();
                assertEquals(6 * 72 + 6 * mm, media.getWidth(), 0.5);
                assertEquals(9 * 72 + 6 * mm, media.getHeight(), 0.5);
                assertEquals(6 * 72, trim.getWidth(), 0.5);
                assertEquals(9 * 72, trim.getHeight(), 0.5);
                assertEquals(3 * mm, trim.getLowerLeftX(), 0.5);
                assertEquals(media.getWidth(), page.getBleedBox().getWidth(), 0.01);
            }
            assertFalse(small.getPages().getCount() == 0);
        }
    }
}
