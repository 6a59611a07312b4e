package dev.octavo.manuscript;

import dev.octavo.model.PageLayout;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code trim} ("A5", "B5", "A4", "6in x 9in", "148mm x 210mm") and {@code bleed} ("3mm", "0.125in"). */
final class PageLayoutParser {
    private static final Map<String, double[]> NAMED = Map.of(
            "A4", new double[] {210, 297},
            "A5", new double[] {148, 210},
            "A6", new double[] {105, 148},
            "B5", new double[] {176, 250},
            "B6", new double[] {125, 176});
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt)");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?\\s*(?:mm|cm|in|pt))\\s*[x×]\\s*(\\d+(?:\\.\\d+)?\\s*(?:mm|cm|in|pt))");

    private PageLayoutParser() {
    }

    static Optional<PageLayout> trim(String value) {
        String text = value.trim();
        double[] named = NAMED.get(text.toUpperCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(new PageLayout(text.toUpperCase(Locale.ROOT), named[0], named[1], 0));
        }
        Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            return Optional.of(new PageLayout(text, millimetres(m.group(1)).orElseThrow(),
                    millimetres(m.group(2)).orElseThrow(), 0));
        }
        return Optional.empty();
    }

    static Optional<Double> millimetres(String value) {
        Matcher m = LENGTH.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "mm" -> number;
            case "cm" -> number * 10;
            case "in" -> number * 25.4;
            default -> number * 25.4 / 72;
        });
    }
}
