package dev.octavo.manuscript;

import dev.octavo.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a manuscript directory: {@code book.yaml}, the chapter files {@code NN-*.md} in file-name order,
 * and {@code glossary.md}. Text is decoded strictly as UTF-8 and normalised to NFC here, once, so that
 * decomposed Vietnamese marks never reach a renderer.
 */
public final class ManuscriptReader {
    public static final String BOOK_YAML = "book.yaml";
    public static final String GLOSSARY = "glossary.md";
    private static final Pattern CHAPTER_FILE = Pattern.compile("\\d+-.*\\.md");

    public Manuscript read(Path directory, Diagnostics diagnostics) {
        if (!Files.isDirectory(directory)) {
            diagnostics.error(SourcePosition.of(directory), "manuscript directory does not exist");
            diagnostics.throwIfErrors();
        }
        Path yamlPath = directory.resolve(BOOK_YAML);
        if (!Files.isRegularFile(yamlPath)) {
            diagnostics.error(SourcePosition.of(yamlPath), "book.yaml is missing (it gives the title and language)");
        }
        List<Path> chapterPaths = chapterFiles(directory, diagnostics);
        if (chapterPaths.isEmpty()) {
            diagnostics.error(SourcePosition.of(directory), "the manuscript has no chapter files (NN-name.md)");
        }
        diagnostics.throwIfErrors();

        SourceText yaml = readText(yamlPath, diagnostics);
        List<SourceText> chapters = new ArrayList<>();
        for (Path path : chapterPaths) {
            chapters.add(readText(path, diagnostics));
        }
        Path glossaryPath = directory.resolve(GLOSSARY);
        Optional<SourceText> glossary = Files.isRegularFile(glossaryPath)
                ? Optional.of(readText(glossaryPath, diagnostics)) : Optional.empty();
        diagnostics.throwIfErrors();
        return new Manuscript(directory, yaml, chapters, glossary);
    }

    private static List<Path> chapterFiles(Path directory, Diagnostics diagnostics) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> CHAPTER_FILE.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(directory), "cannot list the manuscript directory: " + e.getMessage());
            return List.of();
        }
    }

    static SourceText readText(Path path, Diagnostics diagnostics) {
        try {
            return decode(path, Files.readAllBytes(path), diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(path), "cannot read the file: " + e.getMessage());
            return new SourceText(path, "");
        }
    }

    /**
     * A file's bytes as the rest of Octavo sees them: strictly decoded UTF-8 without a byte order mark,
     * {@code \n} line ends, NFC. Public so that tools (and tests) can feed text that is not on disk.
     */
    public static SourceText decode(Path path, byte[] bytes, Diagnostics diagnostics) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            return new SourceText(path, Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePosition.of(path), "the file is not valid UTF-8");
            return new SourceText(path, "");
        }
    }
}
