package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

/**
 * Puts a document typeset after the body (the glossary) in place of the body's last page, the empty page that
 * the contents page and the bookmarks point at where the appendix opens.
 *
 * <p>PDFBox's merger copies the pages, their structure (tags, the parent tree with renumbered keys) and their
 * resources; this then points every link and bookmark that went to the empty page at the appendix's first page,
 * and makes the appendix's structure part of the body's one Document element, as if typeset in one go.
 *
 * <p>Public for {@link dev.octavo.pdf.PdfWriter}, which joins a book's glossary to its body with it.
 */
public final class AppendixJoin {
    private AppendixJoin() {
    }

    /**
     * @param opening the index of the body's last page, which holds nothing but where the appendix opens
     */
    public static void join(PDDocument body, int opening, PDDocument appendix) throws IOException {
        if (opening != body.getNumberOfPages() - 1) {
            throw new IllegalStateException("the page where the appendix opens (" + (opening + 1)
                    + ") is not the last of " + body.getNumberOfPages());
        }
        PDPage placeholder = body.getPage(opening);
        try (InputStream contents = placeholder.getContents()) {
            if (contents.read() != -1) {
                // EmptyArtifacts empties a page that tags nothing; this one holds something of the book.
                throw new IllegalStateException("the page where the appendix opens (" + (opening + 1)
                        + ") is not empty: replacing it would lose what is on it");
            }
        }
        remove(body, placeholder);
        new PDFMergerUtility().appendDocument(body, appendix);
        COSDictionary first = body.getPage(opening).getCOSObject();
        COSDictionary old = placeholder.getCOSObject();
        for (PDPage page : body.getPages()) {
            COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annotations != null) {
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.getObject(i) instanceof COSDictionary link) {
                        retarget(link, old, first);
                    }
                }
            }
        }
        COSDictionary outline = body.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.OUTLINES);
        if (outline != null) {
            retargetOutline(outline.getCOSDictionary(COSName.FIRST), old, first, new HashSet<>());
        }
        COSDictionary structure = body.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (structure != null) {
            dropElementsOn(structure, old, new HashSet<>());
        }
        oneDocumentElement(body);
    }

    /**
     * Takes out of the structure what was on the placeholder: the element of the empty block where the appendix
     * opens, which tags nothing (the page had no marked content) but still names the page that is gone.
     */
    private static void dropElementsOn(COSDictionary parent, COSDictionary page, Set<COSDictionary> seen) {
        if (!seen.add(parent)) {
            return;
        }
        COSBase k = parent.getDictionaryObject(COSName.K);
        if (k instanceof COSArray kids) {
            for (int i = kids.size() - 1; i >= 0; i--) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    if (kid.getDictionaryObject(COSName.PG) == page) {
                        kids.remove(i);
                    } else {
                        dropElementsOn(kid, page, seen);
                    }
                }
            }
        } else if (k instanceof COSDictionary kid) {
            if (kid.getDictionaryObject(COSName.PG) == page) {
                parent.removeItem(COSName.K);
            } else {
                dropElementsOn(kid, page, seen);
            }
        }
    }

    /** Takes the page out of the page tree, and the node that held it if it holds nothing else. */
    private static void remove(PDDocument pdf, PDPage page) {
        COSDictionary node = page.getCOSObject().getCOSDictionary(COSName.PARENT);
        pdf.getPages().remove(page);
        COSDictionary parent = node == null ? null : node.getCOSDictionary(COSName.PARENT);
        COSArray kids = node == null ? null : node.getCOSArray(COSName.KIDS);
        if (parent != null && kids != null && kids.size() == 0) {
            parent.getCOSArray(COSName.KIDS).removeObject(node);
        }
    }

    private static void retargetOutline(COSDictionary item, COSDictionary old, COSDictionary first,
                                        Set<COSDictionary> seen) {
        for (COSDictionary at = item; at != null && seen.add(at); at = at.getCOSDictionary(COSName.NEXT)) {
            retarget(at, old, first);
            retargetOutline(at.getCOSDictionary(COSName.FIRST), old, first, seen);
        }
    }

    /** A link's or bookmark's destination, direct (/Dest) or in a go-to action (/A /D), on the old page. */
    private static void retarget(COSDictionary holder, COSDictionary old, COSDictionary first) {
        retargetDestination(holder.getDictionaryObject(COSName.DEST), old, first);
        if (holder.getDictionaryObject(COSName.A) instanceof COSDictionary action
                && "GoTo".equals(action.getNameAsString(COSName.S))) {
            retargetDestination(action.getDictionaryObject(COSName.D), old, first);
        }
    }

    private static void retargetDestination(COSBase destination, COSDictionary old, COSDictionary first) {
        if (destination instanceof COSArray array && array.size() > 0 && array.getObject(0) == old) {
            array.set(0, first);
        }
    }

    /**
     * The merger hangs the appendix's Document element beside the body's; its elements become children of the
     * body's instead. Left as it is when either holds marked content directly (an MCID refers to its element's page).
     */
    private static void oneDocumentElement(PDDocument pdf) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null || !(root.getDictionaryObject(COSName.K) instanceof COSArray tops) || tops.size() != 2
                || !(tops.getObject(0) instanceof COSDictionary body)
                || !(tops.getObject(1) instanceof COSDictionary appended)
                || !COSName.getPDFName("Document").equals(body.getCOSName(COSName.S))
                || !COSName.getPDFName("Document").equals(appended.getCOSName(COSName.S))) {
            return;
        }
        COSArray bodyKids = kids(body);
        COSArray appendedKids = kids(appended);
        if (bodyKids == null || appendedKids == null || !allElements(bodyKids) || !allElements(appendedKids)) {
            return;
        }
        for (int i = 0; i < appendedKids.size(); i++) {
            ((COSDictionary) appendedKids.getObject(i)).setItem(COSName.P, body);
            bodyKids.add(appendedKids.get(i));
        }
        body.setItem(COSName.K, bodyKids);
        root.setItem(COSName.K, body);
    }

    /** An element's children as an array: /K may be one child or an array of them. */
    private static COSArray kids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        if (k instanceof COSDictionary single) {
            COSArray array = new COSArray();
            array.add(single);
            return array;
        }
        return null;
    }

    /** Structure elements all (they have a type, /S), not marked-content or object references. */
    private static boolean allElements(COSArray array) {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.getObject(i) instanceof COSDictionary element) || element.getCOSName(COSName.S) == null) {
                return false;
            }
        }
        return true;
    }

}
