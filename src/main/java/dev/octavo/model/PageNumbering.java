package dev.octavo.model;

/**
 * The printed book's page labels: front matter in lower-case roman from i, the body in arabic from 1 on the
 * page where the first chapter opens. The PDF's /PageLabels, its printed folios and the EPUB's page list all
 * follow this one rule.
 *
 * @param bodyStart 0-based index of the first chapter's opening page
 */
public record PageNumbering(int bodyStart) {

    /**
     * The label of one page, as its folio prints it and the EPUB's page list names it.
     *
     * @param pageIndex the page's 0-based index in the printed book
     * @return {@code "i"}, {@code "ii"} … before {@code bodyStart}; {@code "1"}, {@code "2"} … from it
     */
    public String label(int pageIndex) {
        return pageIndex < bodyStart ? roman(pageIndex + 1) : Integer.toString(pageIndex - bodyStart + 1);
    }

    static String roman(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(digits[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
