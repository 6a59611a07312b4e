package dev.octavo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed article as the book must carry it: the source text (a copy of the seed in the test resources)
 * with the corrections of {@code manuscript/ERRATA.md} applied. Independent of Octavo's own parser.
 */
public final class Seed {
    private static final Pattern ERRATUM = Pattern.compile("^\\|\\s*(\\d+)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]*)`\\s*\\|");

    private Seed() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("octavo.projectDir", ".")).toAbsolutePath();
    }

    public static Path manuscript() {
        return projectDir().resolve("manuscript");
    }

    /** Every line of the seed (paragraphs and headings), corrected. */
    public static List<String> correctedLines() {
        try {
            List<String> lines = new ArrayList<>(List.of(Files.readString(
                    projectDir().resolve("src/test/resources/seed/1918.txt"), StandardCharsets.UTF_8).split("\n")));
            lines.replaceAll(String::strip);
            for (String row : Files.readAllLines(manuscript().resolve("ERRATA.md"), StandardCharsets.UTF_8)) {
                Matcher m = ERRATUM.matcher(row);
                if (m.find()) {
                    int index = Integer.parseInt(m.group(1)) - 1;
                    String line = lines.get(index);
                    if (!line.contains(m.group(2))) {
                        throw new IllegalStateException("erratum does not match seed line " + (index + 1) + ": " + m.group(2));
                    }
                    lines.set(index, line.replace(m.group(2), m.group(3)));
                }
            }
            lines.removeIf(String::isEmpty);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed lines that are paragraphs (the short ones are section headings). */
    public static List<String> paragraphs() {
        return correctedLines().stream().filter(l -> l.length() > 100).toList();
    }

    public static List<String> headings() {
        return correctedLines().stream().filter(l -> l.length() <= 100).toList();
    }

    /**
     * A line as the book sets it, which {@code smart-dashes} (on by default) changes from the manuscript: a hyphen
     * between spaces is an en dash, a no-break space before it.
     */
    public static String asSet(String line) {
        return line.replaceAll("[ \\t\\n]+(--?|\u2013)[ \\t\\n]+(?=\\S)", "\u00A0\u2013 ");
    }
}
