package dev.octavo.model;

import dev.octavo.SourcePosition;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code book.yaml} says of the printed edition's production: the paper, whose thickness makes the cover's
 * spine, and the print-on-demand distributor whose published rules the book is checked against.
 *
 * @param paper            the paper as book.yaml names it: {@code "white"}, {@code "cream"} or a thickness as written
 * @param pageThicknessMm  how thick one page (a leaf's side) of that paper is, in millimetres, positive
 * @param distributor      the distributor named by {@code print:}, lower case ({@code "kdp"}, {@code "ingramspark"});
 *                         empty for none
 * @param pdfX             whether the interior PDF and the cover are PDF/X-4 as well as PDF/A-3u: book.yaml's
 *                         {@code pdf-x:}, or else whether a distributor is named
 * @param positions        where each of the keys the print edition depends on ({@code paper}, {@code print},
 *                         {@code pdf-x}, {@code trim}, {@code bleed}, {@code cover})
 *                         was written in book.yaml, for messages; a key that was not written has no entry
 */
public record PrintEdition(String paper, double pageThicknessMm, Optional<String> distributor, boolean pdfX,
                           Map<String, SourcePosition> positions) {
    /** KDP's white paper: 0.002252 in a page. */
    public static final double WHITE_MM = 0.0572;
    /** KDP's cream paper: 0.0025 in a page. */
    public static final double CREAM_MM = 0.0635;
    /** White paper and no distributor: what a book.yaml without {@code paper:} and {@code print:} means. */
    public static final PrintEdition DEFAULT = new PrintEdition("white", WHITE_MM, Optional.empty(), false, Map.of());

    /**
     * A print edition.
     *
     * @param paper           the paper as book.yaml names it
     * @param pageThicknessMm how thick one page is, in millimetres, positive
     * @param distributor     the distributor's name, lower case; empty for none
     * @param pdfX            whether the PDFs are PDF/X-4 too
     * @param positions       where the keys were written, copied
     * @throws IllegalArgumentException when the thickness is not positive
     */
    public PrintEdition {
        if (!(pageThicknessMm > 0)) {
            throw new IllegalArgumentException("a page's thickness must be positive: " + pageThicknessMm);
        }
        positions = Map.copyOf(positions);
    }

    /**
     * A print edition whose PDFs are PDF/X-4 when it goes to a distributor, as when book.yaml has no {@code pdf-x:}.
     *
     * @param paper           the paper as book.yaml names it
     * @param pageThicknessMm how thick one page is, in millimetres, positive
     * @param distributor     the distributor's name, lower case; empty for none
     * @param positions       where the keys were written, copied
     * @throws IllegalArgumentException when the thickness is not positive
     */
    public PrintEdition(String paper, double pageThicknessMm, Optional<String> distributor,
                        Map<String, SourcePosition> positions) {
        this(paper, pageThicknessMm, distributor, distributor.isPresent(), positions);
    }

    /**
     * The width of the cover's spine: the pages' thickness, the covers' own left out as the distributors' calculators
     * do.
     *
     * @param pages the print edition's page count
     * @return {@code pages} times the thickness of a page, in millimetres
     */
    public double spineWidthMm(int pages) {
        return pages * pageThicknessMm;
    }

    /**
     * Where a print key was written, or else where another one was, or else {@code fallback}: for a message about
     * the key.
     *
     * @param key      the key the message is about first
     * @param then     the key to point at when {@code key} was not written
     * @param fallback where to point when neither was
     * @return the position
     */
    public SourcePosition at(String key, String then, SourcePosition fallback) {
        return positions.getOrDefault(key, positions.getOrDefault(then, fallback));
    }
}
