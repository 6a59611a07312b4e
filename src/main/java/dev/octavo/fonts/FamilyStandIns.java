package dev.octavo.fonts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Families a stylesheet names that the book's fonts do not include, and the book's family that stands in for
 * each. openhtmltopdf lays out text whose every family is missing with no width and prints nothing, which would
 * lose it; the book prints it in a family it has instead, and says so. A declaration that names a family the book
 * has first (the house style's {@code "Literata", serif}) needs no stand-in.
 */
public final class FamilyStandIns {
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}!]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    /** A family the stylesheet names and the book lacks, and the book's family that stands in for it. */
    public record StandIn(String missing, String family) {
    }

    private FamilyStandIns() {
    }

    /** Per declaration whose families are all missing, its first family and the book's stand-in, once each. */
    public static List<StandIn> of(String css, FontSet fonts) {
        Map<String, String> own = new LinkedHashMap<>();
        fonts.families().forEach(family -> own.put(family.toLowerCase(Locale.ROOT), family));
        Map<String, Integer> uses = new LinkedHashMap<>();
        List<List<String>> missing = new ArrayList<>();
        Matcher declaration = FONT_FAMILY.matcher(COMMENT.matcher(css).replaceAll(""));
        while (declaration.find()) {
            List<String> names = names(declaration.group(1));
            String found = names.stream().map(name -> own.get(name.toLowerCase(Locale.ROOT)))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (found != null) {
                uses.merge(found, 1, Integer::sum);
            } else if (!names.isEmpty() && names.stream().noneMatch(name -> name.equalsIgnoreCase("inherit"))) {
                missing.add(names);
            }
        }
        // The family the stylesheet sets most text in: the body's, most likely.
        String main = uses.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(fonts.families().get(0));
        Map<String, StandIn> standIns = new LinkedHashMap<>();
        for (List<String> names : missing) {
            String first = names.get(0);
            standIns.putIfAbsent(first.toLowerCase(Locale.ROOT), new StandIn(first, standInFor(names, fonts, main)));
        }
        return new ArrayList<>(standIns.values());
    }

    /** For monospaced text a monospaced family of the book when it has one, else the main family. */
    private static String standInFor(List<String> names, FontSet fonts, String main) {
        boolean monospaced = names.stream().map(name -> name.toLowerCase(Locale.ROOT)).anyMatch(name ->
                name.equals("monospace") || name.contains("mono") || name.contains("courier") || name.contains("code"));
        if (monospaced) {
            for (String family : fonts.families()) {
                if (family.toLowerCase(Locale.ROOT).contains("mono")) {
                    return family;
                }
            }
        }
        return main;
    }

    private static List<String> names(String value) {
        List<String> names = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            if (name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')) {
                name = name.substring(1, name.length() - 1).strip();
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
