package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small documents made here: what the join keeps, where links and bookmarks point after it, and what it refuses. */
class AppendixJoinTest {

    @Test
    void theAppendixTakesTheLastPagesPlaceAndWhatPointedThereNowPointsAtItsFirstPage() throws IOException {
        try (PDDocument body = pages(3, "body"); PDDocument appendix = pages(2, "appendix")) {
            PDPage placeholder = body.getPage(2);
            PDPage chapter = body.getPage(1);
            PDAnnotationLink toGlossary = link(body.getPage(0), placeholder);
            PDAnnotationLink toChapter = link(body.getPage(0), chapter);
            PDActionGoTo action = new PDActionGoTo();
            action.setDestination(destination(placeholder));
            PDAnnotationLink byAction = new PDAnnotationLink();
            byAction.setAction(action);
            body.getPage(0).getAnnotations().add(byAction);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem bookmark = new PDOutlineItem();
            bookmark.setTitle("Glossary");
            bookmark.setDestination(destination(placeholder));
            outline.addLast(bookmark);
            body.getDocumentCatalog().setDocumentOutline(outline);

            AppendixJoin.join(body, 2, appendix);

            assertEquals(4, body.getNumberOfPages());
            PDPage first = body.getPage(2);
            assertEquals(List.of("body 0", "body 1", "appendix 0", "appendix 1"),
                    texts(body));
            assertSame(first.getCOSObject(), target(toGlossary).getCOSObject());
            assertSame(first.getCOSObject(), ((PDPageDestination) action.getDestination()).getPage().getCOSObject());
            assertSame(first.getCOSObject(), ((PDPageDestination) bookmark.getDestination()).getPage().getCOSObject());
            assertSame(chapter.getCOSObject(), target(toChapter).getCOSObject(), "other links are left alone");
        }
    }

    @Test
    void aPlaceholderWithSomethingOnItOrBeforeTheLastPageIsRefused() throws IOException {
        try (PDDocument body = pages(3, "body"); PDDocument appendix = pages(1, "appendix")) {
            try (PDPageContentStream drawn = new PDPageContentStream(body, body.getPage(2), PDPageContentStream.AppendMode.APPEND, false)) {
                drawn.addRect(0, 0, 10, 10);
                drawn.fill();
            }
            IllegalStateException notEmpty = assertThrows(IllegalStateException.class, () -> AppendixJoin.join(body, 2, appendix));
            assertTrue(notEmpty.getMessage().contains("is not empty"), notEmpty.getMessage());
            IllegalStateException notLast = assertThrows(IllegalStateException.class, () -> AppendixJoin.join(body, 1, appendix));
            assertTrue(notLast.getMessage().contains("is not the last of 3"), notLast.getMessage());
            assertEquals(3, body.getNumberOfPages(), "nothing taken out");
        }
    }

    /** Pages that say in a key of their own which they were; the body's last one, the placeholder, is empty. */
    private static PDDocument pages(int count, String name) throws IOException {
        PDDocument pdf = new PDDocument();
        for (int i = 0; i < count; i++) {
            PDPage page = new PDPage(PDRectangle.A5);
            page.getCOSObject().setString(COSName.getPDFName("OctavoTest"), name + " " + i);
            pdf.addPage(page);
            if (!(name.equals("body") && i == count - 1)) {
                try (PDPageContentStream drawn = new PDPageContentStream(pdf, page)) {
                    drawn.addRect(0, 0, 10, 10);
                    drawn.fill();
                }
            } else {
                org.apache.pdfbox.cos.COSStream empty = pdf.getDocument().createCOSStream();
                try (java.io.OutputStream nothing = empty.createOutputStream()) {
                    nothing.flush();
                }
                page.getCOSObject().setItem(COSName.CONTENTS, empty);
            }
        }
        return pdf;
    }

    private static List<String> texts(PDDocument pdf) {
        List<String> texts = new java.util.ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            texts.add(page.getCOSObject().getString(COSName.getPDFName("OctavoTest")));
        }
        return texts;
    }

    private static PDPageXYZDestination destination(PDPage page) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(500);
        return destination;
    }

    private static PDAnnotationLink link(PDPage on, PDPage to) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setDestination(destination(to));
        on.getAnnotations().add(link);
        return link;
    }

    private static PDPage target(PDAnnotationLink link) throws IOException {
        return ((PDPageDestination) link.getDestination()).getPage();
    }
}
