package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content streams written by hand, as openhtmltopdf writes them, and what is left of them. */
class EmptyArtifactsTest {

    @Test
    void emptyArtifactsGoWithTheirPropertyListsAndEverythingElseStays() throws IOException {
        String contents = """
                /Artifact /Prop1 BDC
                0 0 0 rg
                BT
                /F1 10 Tf
                <0075> Tj
                ET
                EMC
                q
                /Artifact /Prop2 BDC
                EMC
                /Artifact /Prop3 BDC
                /Artifact /Prop4 BDC
                EMC
                EMC
                /Span <</MCID 0>> BDC
                BT
                (EMC \\) /Artifact /Prop5 BDC EMC) Tj
                ET
                EMC
                /Artifact <</Type /Pagination>> BDC
                EMC
                /Artifact /Prop6 BDC
                0 0 10 10 re f
                EMC
                Q
                """;
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = page(pdf, contents, "Prop1", "Prop2", "Prop3", "Prop4", "Prop5", "Prop6");

            assertEquals(new EmptyArtifacts.Count(3, 0), EmptyArtifacts.apply(pdf));

            assertEquals("""
                    /Artifact /Prop1 BDC
                    0 0 0 rg
                    BT
                    /F1 10 Tf
                    <0075> Tj
                    ET
                    EMC
                    q
                    /Span <</MCID 0>> BDC
                    BT
                    (EMC \\) /Artifact /Prop5 BDC EMC) Tj
                    ET
                    EMC
                    /Artifact <</Type /Pagination>> BDC
                    EMC
                    /Artifact /Prop6 BDC
                    0 0 10 10 re f
                    EMC
                    Q
                    """, text(page));
            assertEquals(Set.of("Prop1", "Prop5", "Prop6"), properties(page));
            assertEquals(COSName.FLATE_DECODE, stream(page).getFilters());
        }
    }

    /** A page openhtmltopdf inserts so that a chapter opens on the right: its head and folio, both artifacts. */
    @Test
    void aPageThatTagsNothingIsEmptiedHeadAndFolioIncluded() throws IOException {
        String blank = """
                /Artifact /Prop1 BDC
                EMC
                /Artifact <</Type /Pagination /Subtype /Header>> BDC
                BT /F1 8.5 Tf 40 800 Td <00360037> Tj ET
                EMC
                /Artifact <</Type /Pagination /Subtype /Footer>> BDC
                BT /F1 8.5 Tf 40 30 Td <0014> Tj ET
                EMC
                """;
        String tagged = "/Artifact /Prop1 BDC EMC\n/P <</MCID 0>> BDC BT /F1 10 Tf <0075> Tj ET EMC\n";
        try (PDDocument pdf = new PDDocument()) {
            PDPage emptied = page(pdf, blank, "Prop1");
            PDPage kept = page(pdf, tagged, "Prop1");

            assertEquals(new EmptyArtifacts.Count(1, 1), EmptyArtifacts.apply(pdf));

            assertEquals("", text(emptied));
            assertEquals(0, emptied.getCOSObject().getCOSDictionary(COSName.RESOURCES).size(), "no resources left to name");
            assertEquals("/P <</MCID 0>> BDC BT /F1 10 Tf <0075> Tj ET EMC\n", text(kept));
        }
    }

    @Test
    void aPageWithAnInlineImageIsOnlyCompressed() throws IOException {
        String contents = """
                /Artifact /Prop1 BDC
                EMC
                BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EMC EI
                """;
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = page(pdf, contents, "Prop1");

            assertEquals(new EmptyArtifacts.Count(0, 0), EmptyArtifacts.apply(pdf), "nor emptied, though it tags nothing");

            assertEquals(contents, text(page));
            assertEquals(Set.of("Prop1"), properties(page));
            assertEquals(COSName.FLATE_DECODE, stream(page).getFilters());
        }
    }

    @Test
    void anArtifactAroundAnotherThatDrawsStays() throws IOException {
        String contents = "/Artifact /Prop1 BDC /Artifact /Prop2 BDC 1 w EMC EMC /P <</MCID 0>> BDC EMC\n";
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = page(pdf, contents, "Prop1", "Prop2");

            assertEquals(new EmptyArtifacts.Count(0, 0), EmptyArtifacts.apply(pdf));

            assertEquals(contents, text(page));
            assertEquals(Set.of("Prop1", "Prop2"), properties(page));
        }
    }

    @Test
    void pagesHandedInOneByOneComeOutAsIfTidiedTogether() throws IOException {
        String empty = "q /Artifact /Prop1 BDC EMC Q /P <</MCID 0>> BDC EMC\n";
        String drawn = "/Artifact /Prop1 BDC 0 0 1 1 re f EMC /P <</MCID 0>> BDC EMC\n";
        try (PDDocument pdf = new PDDocument()) {
            List<PDPage> pages = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                pages.add(page(pdf, i % 3 == 0 ? drawn : empty, "Prop1"));
            }
            EmptyArtifacts.Count removed;
            try (EmptyArtifacts.Tidier tidier = new EmptyArtifacts.Tidier(pdf)) {
                pages.forEach(tidier::finished);
                removed = tidier.apply();
            }

            assertEquals(new EmptyArtifacts.Count(26, 0), removed);
            for (int i = 0; i < 40; i++) {
                PDPage page = pages.get(i);
                assertEquals(i % 3 == 0 ? drawn : "q Q /P <</MCID 0>> BDC EMC\n", text(page), "page " + i);
                assertEquals(i % 3 == 0 ? Set.of("Prop1") : Set.of(), properties(page), "page " + i);
            }
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("octavo-pdf-pages")),
                "the tidying thread has ended");
    }

    /**
     * The compressed contents go into each page's own stream, whose buffer then holds them alone: a new stream
     * would leave the uncompressed one in the document's list of streams, kept until it is closed.
     */
    @Test
    void eachPageKeepsItsOwnStreamWithNothingButTheCompressedBytes() throws Exception {
        String contents = "/Artifact /Prop1 BDC EMC q 0 0 1 1 re f Q /P <</MCID 0>> BDC EMC\n".repeat(400);
        try (PDDocument pdf = new PDDocument(ArrayStreamCache::new)) {
            List<PDPage> pages = new ArrayList<>();
            List<COSStream> streams = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                PDPage page = page(pdf, contents, "Prop1");
                pages.add(page);
                streams.add(page.getCOSObject().getCOSStream(COSName.CONTENTS));
            }
            try (EmptyArtifacts.Tidier tidier = new EmptyArtifacts.Tidier(pdf)) {
                pages.forEach(tidier::finished);
                tidier.apply();
            }
            for (int i = 0; i < pages.size(); i++) {
                COSStream stream = pages.get(i).getCOSObject().getCOSStream(COSName.CONTENTS);
                assertSame(streams.get(i), stream, "page " + i);
                assertEquals(COSName.FLATE_DECODE, stream.getFilters());
                long compressed = stream.getLength();
                assertTrue(compressed < contents.length() / 10, compressed + " bytes");
                java.lang.reflect.Field buffer = COSStream.class.getDeclaredField("randomAccess");
                buffer.setAccessible(true);
                java.lang.reflect.Field data = ArrayStreamCache.ArrayBuffer.class.getDeclaredField("data");
                data.setAccessible(true);
                int capacity = ((byte[]) data.get(buffer.get(stream))).length;
                assertTrue(capacity <= 2 * compressed, "page " + i + " keeps " + capacity + " bytes for "
                        + compressed);
            }
        }
    }

    @Test
    void aTidierClosedBeforeItsPagesAreAppliedLeavesNoThreadBehind() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            try (EmptyArtifacts.Tidier tidier = new EmptyArtifacts.Tidier(pdf)) {
                for (int i = 0; i < 200; i++) {
                    tidier.finished(page(pdf, "/Artifact /Prop1 BDC EMC\n".repeat(200), "Prop1"));
                }
            }
        }
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("octavo-pdf-pages")),
                "the tidying thread has ended");
    }

    private static PDPage page(PDDocument pdf, String contents, String... propertyNames) throws IOException {
        PDPage page = new PDPage();
        pdf.addPage(page);
        COSStream stream = pdf.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(contents.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
        COSDictionary properties = new COSDictionary();
        for (String name : propertyNames) {
            COSDictionary list = new COSDictionary();
            list.setItem(COSName.TYPE, COSName.BACKGROUND);
            list.setItem(COSName.BBOX, new COSArray(List.of(new COSFloat(1), new COSFloat(2))));
            properties.setItem(name, list);
        }
        PDResources resources = new PDResources();
        resources.getCOSObject().setItem(COSName.PROPERTIES, properties);
        page.setResources(resources);
        return page;
    }

    private static COSStream stream(PDPage page) {
        return (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    }

    private static String text(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static Set<String> properties(PDPage page) {
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        Set<String> names = new TreeSet<>();
        if (properties != null) {
            properties.keySet().forEach(name -> names.add(name.getName()));
        }
        return names;
    }
}
