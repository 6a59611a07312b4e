package dev.octavo.manuscript;

import java.util.Optional;

/**
 * ISBN-10 and ISBN-13 check digits. A mistyped ISBN in the package document would identify another book in
 * every shop and library, so book.yaml's ISBN is verified before it is used.
 */
final class Isbn {
    private Isbn() {
    }

    /** The ISBN's digits (hyphens and spaces removed, a final x upper-cased), if they have a valid check digit. */
    static Optional<String> valid(String written) {
        String digits = compact(written);
        if (digits.matches("\\d{13}")) {
            return checkDigit13(digits) == digits.charAt(12) ? Optional.of(digits) : Optional.empty();
        }
        if (digits.matches("\\d{9}[\\dX]")) {
            return checkDigit10(digits) == digits.charAt(9) ? Optional.of(digits) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the text has the shape of an ISBN (10 or 13 characters after compacting), valid or not. */
    static boolean looksLikeIsbn(String written) {
        return compact(written).matches("\\d{13}|\\d{9}[\\dX]");
    }

    static String compact(String written) {
        return written.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The check digit an ISBN-13 must end with: weights 1, 3, 1, 3 … modulo 10. */
    static char checkDigit13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The check digit an ISBN-10 must end with: weights 10 … 2 modulo 11, where 10 is written X. */
    static char checkDigit10(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
