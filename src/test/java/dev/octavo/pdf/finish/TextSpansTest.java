package dev.octavo.pdf.finish;

import dev.octavo.testing.SeedBook;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text Spans with nothing of their own leave the tag tree; their marked content stays with the right element. */
class TextSpansTest {

    @Test
    void aPlainSpanGivesItsSequenceToItsParentAndTheParentTreeNamesTheParent() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage first = new PDPage();
            PDPage second = new PDPage();
            pdf.addPage(first);
            pdf.addPage(second);
            COSDictionary paragraph = element("P", null, first.getCOSObject());
            COSDictionary samePage = element("Span", paragraph, first.getCOSObject());
            samePage.setInt(COSName.K, 0);
            COSDictionary nextPage = element("Span", paragraph, second.getCOSObject());
            nextPage.setInt(COSName.K, 0);
            COSDictionary withLanguage = element("Span", paragraph, first.getCOSObject());
            withLanguage.setInt(COSName.K, 1);
            withLanguage.setString(COSName.LANG, "en");
            paragraph.setItem(COSName.K, new COSArray(List.of(samePage, nextPage, withLanguage)));
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, new COSArray(List.of(COSInteger.get(0),
                    new COSArray(List.of(samePage, withLanguage)), COSInteger.get(1), new COSArray(List.of(nextPage)))));
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
            root.setItem(COSName.K, paragraph);
            root.setItem(COSName.PARENT_TREE, parentTree);
            pdf.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);

            assertEquals(2, TextSpans.apply(pdf));

            COSArray kids = (COSArray) paragraph.getDictionaryObject(COSName.K);
            assertEquals(COSInteger.get(0), kids.getObject(0), "the same page's sequence by its MCID alone");
            COSDictionary reference = (COSDictionary) kids.getObject(1);
            assertEquals(COSName.MCR, reference.getCOSName(COSName.TYPE));
            assertSame(second.getCOSObject(), reference.getDictionaryObject(COSName.PG), "the other page named");
            assertEquals(0, reference.getInt(COSName.MCID));
            assertSame(withLanguage, kids.getObject(2), "a Span with a language of its own stays");
            COSArray nums = (COSArray) parentTree.getDictionaryObject(COSName.NUMS);
            assertSame(paragraph, ((COSArray) nums.getObject(1)).getObject(0));
            assertSame(withLanguage, ((COSArray) nums.getObject(1)).getObject(1));
            assertSame(paragraph, ((COSArray) nums.getObject(3)).getObject(0));
        }
    }

    /**
     * In the seed's PDF, every marked-content sequence of every page is named in the parent tree by an element that
     * holds it, and no plain text Span is left.
     */
    @Test
    void everySequenceOfTheSeedBelongsToTheElementTheParentTreeNames() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(SeedBook.publication().pdf().orElseThrow().toFile())) {
            COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            COSArray nums = flatNums((COSDictionary) root.getDictionaryObject(COSName.PARENT_TREE));
            int sequences = 0;
            for (PDPage page : pdf.getPages()) {
                if (!page.getCOSObject().containsKey(COSName.STRUCT_PARENTS)) {
                    continue;
                }
                int key = page.getCOSObject().getInt(COSName.STRUCT_PARENTS);
                COSArray owners = null;
                for (int i = 0; i < nums.size(); i += 2) {
                    if (((COSInteger) nums.getObject(i)).intValue() == key) {
                        owners = (COSArray) nums.getObject(i + 1);
                    }
                }
                for (int mcid : mcids(page)) {
                    COSDictionary owner = (COSDictionary) owners.getObject(mcid);
                    assertTrue(holds(owner, page.getCOSObject(), mcid), "MCID " + mcid + " of a page is not held by the "
                            + owner.getNameAsString(COSName.S) + " the parent tree names");
                    assertTrue(!"Span".equals(owner.getNameAsString(COSName.S))
                                    || !(owner.getDictionaryObject(COSName.K) instanceof COSInteger)
                                    || owner.keySet().size() > 5, "a plain text Span is left");
                    sequences++;
                }
            }
            assertTrue(sequences > 500, "the seed's pages have their text tagged: " + sequences);
        }
    }

    private static COSDictionary element(String type, COSDictionary parent, COSDictionary page) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        element.setItem(COSName.S, COSName.getPDFName(type));
        if (parent != null) {
            element.setItem(COSName.P, parent);
        }
        element.setItem(COSName.PG, page);
        return element;
    }

    /** The number tree's pairs, from its root or its kids (one level, as PDFBox writes it). */
    private static COSArray flatNums(COSDictionary tree) {
        if (tree.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            return nums;
        }
        COSArray all = new COSArray();
        COSArray kids = (COSArray) tree.getDictionaryObject(COSName.KIDS);
        for (int i = 0; i < kids.size(); i++) {
            COSArray nums = flatNums((COSDictionary) kids.getObject(i));
            for (int j = 0; j < nums.size(); j++) {
                all.add(nums.get(j));
            }
        }
        return all;
    }

    /** The MCIDs the page's content marks, in order. */
    private static List<Integer> mcids(PDPage page) throws IOException {
        List<Integer> found = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator) {
                if (operator.getName().equals("BDC") && operands.size() == 2
                        && operands.get(1) instanceof COSDictionary properties
                        && properties.containsKey(COSName.MCID)) {
                    found.add(properties.getInt(COSName.MCID));
                }
                operands.clear();
            } else {
                operands.add((COSBase) token);
            }
        }
        return found;
    }

    /** Whether the element holds the page's sequence: by its MCID on the element's page, or by a reference. */
    private static boolean holds(COSDictionary element, COSDictionary page, int mcid) {
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            if (kid instanceof COSInteger number && number.intValue() == mcid
                    && element.getDictionaryObject(COSName.PG) == page) {
                return true;
            }
            if (kid instanceof COSDictionary reference && COSName.MCR.equals(reference.getCOSName(COSName.TYPE))
                    && reference.getDictionaryObject(COSName.PG) == page && reference.getInt(COSName.MCID) == mcid) {
                return true;
            }
        }
        return false;
    }
}
