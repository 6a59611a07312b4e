package dev.octavo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The same work done by the usual tools, as shell commands: pandoc for the EPUB, and pandoc to standalone HTML
 * then WeasyPrint for the PDF. For a like-for-like comparison both get the book's fonts (pandoc embeds them in
 * the EPUB as Octavo does) and WeasyPrint sets the text on A5 pages in the same faces and sizes as Octavo's
 * print style. Differences that remain: pandoc's HTML has endnotes, not footnotes, and no printed contents page.
 */
final class Competitors {
    private Competitors() {
    }

    static boolean available() {
        return TimedProcess.onPath("pandoc") && TimedProcess.onPath("weasyprint");
    }

    static List<String> pandocEpub(ScaledManuscript.Written book, List<Path> fontFiles, Path epub) {
        List<String> command = new ArrayList<>(List.of("pandoc", "-f", "markdown", "-t", "epub3",
                "--metadata-file=" + book.bookYaml(), "-M", "lang=vi", "-o", epub.toString()));
        fontFiles.forEach(font -> command.add("--epub-embed-font=" + font));
        book.markdownFiles().forEach(file -> command.add(file.toString()));
        return command;
    }

    /** One shell command, so that the whole PDF route is timed as one, like {@code mvn package}. */
    static List<String> pandocWeasyPrint(ScaledManuscript.Written book, Path css, Path html, Path pdf) {
        StringBuilder script = new StringBuilder("pandoc -s -f markdown -t html5 -M lang=vi");
        script.append(" --metadata-file=").append(quote(book.bookYaml().toString()));
        script.append(" --css=").append(quote(css.toUri().toString()));
        script.append(" -o ").append(quote(html.toString()));
        book.markdownFiles().forEach(file -> script.append(' ').append(quote(file.toString())));
        script.append(" && weasyprint ").append(quote(html.toString())).append(' ').append(quote(pdf.toString()));
        return List.of("sh", "-c", script.toString());
    }

    /** Octavo's print style, as far as pandoc's HTML allows: A5, margins, faces, sizes, chapters on new pages. */
    static Path writePrintCss(Path fontsDirectory, Path css) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path font : fontFiles(fontsDirectory)) {
            String name = font.getFileName().toString();
            String family = name.startsWith("Literata") ? "Literata" : name.startsWith("BeVietnamPro") ? "Be Vietnam Pro"
                    : "JetBrains Mono";
            boolean bold = name.contains("Bold");
            boolean italic = name.contains("Italic");
            out.append(String.format(Locale.ROOT, "@font-face { font-family: \"%s\"; src: url(\"%s\");"
                    + " font-weight: %d; font-style: %s; }%n", family, font.toUri(), bold ? 700 : 400,
                    italic ? "italic" : "normal"));
        }
        out.append("""
                @page { size: 148mm 210mm; margin: 18mm 16mm 20mm 18mm;
                        @bottom-center { content: counter(page); font-family: "Literata"; font-size: 9pt; } }
                html { font-family: "Literata", serif; font-size: 10.5pt; line-height: 1.45; }
                body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; hyphens: auto; }
                p { text-align: justify; margin: 0; text-indent: 1.2em; }
                h1, h2, h3 { font-family: "Be Vietnam Pro", sans-serif; }
                h1 { break-before: page; }
                code { font-family: "JetBrains Mono", monospace; }
                """);
        return Files.writeString(css, out.toString(), StandardCharsets.UTF_8);
    }

    static List<Path> fontFiles(Path fontsDirectory) throws IOException {
        try (Stream<Path> walk = Files.walk(fontsDirectory)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".ttf")).sorted().toList();
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
