package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Takes out of the structure tree the Span elements that openhtmltopdf wraps around every run of text: a Span
 * with nothing but one marked-content sequence, and no attribute, alternative or language of its own, says no
 * more than the sequence does inside its parent (ISO 14289-1 lets marked content be a child of any element). The
 * sequence becomes the parent's child in the Span's place, and the parent tree, which tells for each sequence of
 * a page the element that holds it, names the parent instead. In the seed ×50 those Spans were 11,500 of the
 * file's 48,700 objects, each written, indexed and read by every reader.
 *
 * <p>Public for {@link dev.octavo.pdf.PdfWriter}, which runs it over a book once drawn and joined.
 */
public final class TextSpans {
    private static final COSName SPAN = COSName.getPDFName("Span");
    /** The keys such a Span may have: anything else (/A, /Alt, /ActualText, /Lang, /ID, /T, …) keeps it. */
    private static final Set<COSName> PLAIN = Set.of(COSName.TYPE, COSName.S, COSName.P, COSName.PG, COSName.K);

    private TextSpans() {
    }

    /** @return how many Spans were taken out */
    public static int apply(PDDocument pdf) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root == null) {
            return 0;
        }
        Map<COSDictionary, COSDictionary> parentOf = new IdentityHashMap<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (root.getDictionaryObject(COSName.K) instanceof COSDictionary top) {
            flatten(top, parentOf, seen);
        } else if (root.getDictionaryObject(COSName.K) instanceof COSArray tops) {
            for (int i = 0; i < tops.size(); i++) {
                if (tops.getObject(i) instanceof COSDictionary top) {
                    flatten(top, parentOf, seen);
                }
            }
        }
        if (!parentOf.isEmpty() && root.getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree) {
            renameInParentTree(tree, parentOf, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return parentOf.size();
    }

    /**
     * Puts each plain text Span's sequence in its place among the element's children, after doing the same below:
     * a Span that held only a text Span is then a plain text Span itself, and goes too.
     */
    private static void flatten(COSDictionary element, Map<COSDictionary, COSDictionary> parentOf,
                                Set<COSDictionary> seen) {
        if (!seen.add(element)) {
            return;
        }
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    flatten(kid, parentOf, seen);
                    COSBase sequence = plainSpanContent(kid, element);
                    if (sequence != null) {
                        kids.set(i, sequence);
                        parentOf.put(kid, element);
                    }
                }
            }
        } else if (k instanceof COSDictionary kid) {
            flatten(kid, parentOf, seen);
            COSBase sequence = plainSpanContent(kid, element);
            if (sequence != null) {
                element.setItem(COSName.K, sequence);
                parentOf.put(kid, element);
            }
        }
    }

    /**
     * What stands for a plain text Span's one sequence in its parent: the MCID alone when both are on the same
     * page, else a marked-content reference that names the page; null for any other kid.
     */
    private static COSBase plainSpanContent(COSDictionary kid, COSDictionary parent) {
        if (!SPAN.equals(kid.getCOSName(COSName.S)) || !PLAIN.containsAll(kid.keySet())
                || !(kid.getDictionaryObject(COSName.K) instanceof COSInteger mcid)
                || !(kid.getDictionaryObject(COSName.PG) instanceof COSDictionary page)) {
            return null;
        }
        if (parent.getDictionaryObject(COSName.PG) == page) {
            return mcid;
        }
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.MCR);
        reference.setItem(COSName.PG, page);
        reference.setItem(COSName.MCID, mcid);
        reference.setDirect(true);
        return reference;
    }

    /** The element that holds a Span's sequence now: its parent, or that parent's if the parent went too. */
    private static COSDictionary holder(COSDictionary span, Map<COSDictionary, COSDictionary> parentOf) {
        COSDictionary holder = parentOf.get(span);
        while (parentOf.containsKey(holder)) {
            holder = parentOf.get(holder);
        }
        return holder;
    }

    /** Every entry of the parent tree's arrays that named a Span taken out names the element that holds it now. */
    private static void renameInParentTree(COSDictionary node, Map<COSDictionary, COSDictionary> parentOf,
                                           Set<COSDictionary> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 1; i < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSArray elements) {
                    for (int j = 0; j < elements.size(); j++) {
                        if (elements.getObject(j) instanceof COSDictionary element && parentOf.containsKey(element)) {
                            elements.set(j, holder(element, parentOf));
                        }
                    }
                } else if (nums.getObject(i) instanceof COSDictionary element && parentOf.containsKey(element)) {
                    nums.set(i, holder(element, parentOf));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    renameInParentTree(kid, parentOf, seen);
                }
            }
        }
    }
}
