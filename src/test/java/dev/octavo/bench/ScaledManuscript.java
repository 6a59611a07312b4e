package dev.octavo.bench;

import dev.octavo.testing.Trees;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes an N-times larger manuscript from a seed manuscript: the chapters N times over, in order, each copy
 * with its own chapter titles, footnote labels and glossary terms, so that the larger book is still a valid
 * book (no duplicate glossary terms) and pandoc, which reads all files as one document, sees unique labels.
 * The text itself is the seed's, so every size has the same mix of Vietnamese text, notes and terms.
 */
public final class ScaledManuscript {
    private static final Pattern CHAPTER_FILE = Pattern.compile("(\\d+)-(.*)\\.md");
    private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    private ScaledManuscript() {
    }

    /** The chapter files of the written manuscript, in reading order (what pandoc is given). */
    public record Written(Path directory, List<Path> chapters, Path glossary, Path bookYaml) {
        /** Chapters then glossary: the whole text, in order. */
        public List<Path> markdownFiles() {
            List<Path> files = new ArrayList<>(chapters);
            if (glossary != null) {
                files.add(glossary);
            }
            return files;
        }
    }

    public static Written write(Path seed, int times, Path target) throws IOException {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        Files.createDirectories(target);
        List<Path> seedChapters;
        try (Stream<Path> files = Files.list(seed)) {
            seedChapters = files.filter(p -> CHAPTER_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
        Path bookYaml = Files.copy(seed.resolve("book.yaml"), target.resolve("book.yaml"));
        List<Path> chapters = new ArrayList<>();
        int number = 1;
        for (int copy = 1; copy <= times; copy++) {
            for (Path source : seedChapters) {
                Matcher name = CHAPTER_FILE.matcher(source.getFileName().toString());
                name.matches();
                String text = Files.readString(source, StandardCharsets.UTF_8);
                Path out = target.resolve(String.format("%04d-%s%s.md", number++, name.group(2), suffix(copy, "-")));
                Files.writeString(out, chapter(text, copy), StandardCharsets.UTF_8);
                chapters.add(out);
            }
        }
        Path glossary = null;
        Path seedGlossary = seed.resolve("glossary.md");
        if (Files.isRegularFile(seedGlossary)) {
            glossary = Files.writeString(target.resolve("glossary.md"),
                    glossary(Files.readString(seedGlossary, StandardCharsets.UTF_8), times), StandardCharsets.UTF_8);
        }
        Path images = seed.resolve("images");
        if (Files.isDirectory(images)) {
            Trees.copy(images, target.resolve("images"));
        }
        return new Written(target, chapters, glossary, bookYaml);
    }

    /** Copy k of a chapter: its title numbered, its footnote labels made unique (calls and definitions alike). */
    static String chapter(String text, int copy) {
        if (copy == 1) {
            return text;
        }
        String labelled = FOOTNOTE_LABEL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                "[^" + m.group(1) + "-" + copy + "]"));
        return labelled.replaceFirst("(?m)^# (.+)$", "# $1 (" + copy + ")");
    }

    /** The title once, then every definition list N times, the terms of copy k numbered so that each term is unique. */
    static String glossary(String text, int times) {
        List<String> lines = text.lines().toList();
        StringBuilder head = new StringBuilder();
        List<String> body = new ArrayList<>();
        boolean inBody = false;
        for (String line : lines) {
            if (!inBody && (line.startsWith("#") || line.isBlank())) {
                head.append(line).append('\n');
            } else {
                inBody = true;
                body.add(line);
            }
        }
        StringBuilder out = new StringBuilder(head);
        for (int copy = 1; copy <= times; copy++) {
            for (int i = 0; i < body.size(); i++) {
                String line = body.get(i);
                boolean term = !line.isBlank() && !line.startsWith(":") && !line.startsWith(" ")
                        && i + 1 < body.size() && body.get(i + 1).startsWith(":");
                out.append(term ? line + suffix(copy, " ") : line).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String suffix(int copy, String separator) {
        return copy == 1 ? "" : separator + copy;
    }
}
