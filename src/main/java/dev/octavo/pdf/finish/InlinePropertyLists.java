package dev.octavo.pdf.finish;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Writes the pages' marked-content property lists inside their resource dictionaries instead of as objects of
 * their own. A tagged openhtmltopdf page gives every artifact a property list; the empty ones are gone by now
 * ({@link EmptyArtifacts}), and those left mark a rule, a border or a table line. Nothing refers to them but the
 * page's resources, so writing them in place changes nothing a reader sees, and saves the writer (and every
 * later reader) one indirect object each.
 *
 * <p>Public for {@link dev.octavo.pdf.PdfWriter}, which runs it over a book once drawn and joined.
 */
public final class InlinePropertyLists {
    private InlinePropertyLists() {
    }

    /** @return how many property lists are now written in place */
    public static int apply(PDDocument pdf) {
        int count = 0;
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            COSDictionary properties = resources == null ? null
                    : resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSBase value : properties.getValues()) {
                if (value instanceof COSDictionary list) {
                    list.setDirect(true);
                    count++;
                }
            }
        }
        return count;
    }
}
