package dev.octavo.testing;

import dev.octavo.Format;
import dev.octavo.Publisher;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The same text set by Octavo and by Typst, and how evenly each spaced its justified lines ({@link JustifiedSpacing}):
 * what the typography issue asks Octavo's print to match. Used by TypographyTest and by the bench.
 */
public final class TypographyComparison {
    /** The English prose of the tests: an essay on setting justified text, with long words and footnotes. */
    public static final String ENGLISH_PROSE = "src/test/resources/prose/en";

    /** Both PDFs and their figures; Typst's empty when its compiler is not installed. */
    public record Result(String text, Path octavoPdf, JustifiedSpacing.Figures octavo, Optional<Path> typstPdf,
                         Optional<JustifiedSpacing.Figures> typst) {
        /** One Markdown table row per engine. */
        public String rows() {
            StringBuilder out = new StringBuilder(row(text, "Octavo", octavo));
            typst.ifPresent(figures -> out.append('\n').append(row(text, "Typst", figures)));
            return out.toString();
        }

        private static String row(String text, String engine, JustifiedSpacing.Figures f) {
            return String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.1f %% | %.1f %% | %.2f | %.1f %% |", text,
                    engine, f.lines(), f.median(), f.loose(), f.veryLoose(), f.max(), f.hyphenated());
        }
    }

    public static final String HEADER = "| text | engine | full lines | median gap | lines > 1.5 spaces"
            + " | lines > 2 spaces | widest | hyphenated |\n|---|---|---:|---:|---:|---:|---:|---:|";

    private TypographyComparison() {
    }

    /**
     * Sets the manuscript with Octavo (its PDF only) and, if installed, with Typst, under {@code work}, and measures
     * both at the body size of 10 pt.
     */
    public static Result compare(String name, Path manuscript, Path work) throws IOException {
        Path octavo = Publisher.builder()
                .manuscript(manuscript)
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .formats(Set.of(Format.PDF))
                .output(work.resolve("octavo"))
                .timestamp(Instant.parse("2026-12-07T00:00:00Z"))
                .build()
                .publish()
                .pdf().orElseThrow();
        Optional<Path> typst = Typst.modules().map(installed -> Typst.compile(TypstBook.of(model(manuscript)),
                work.resolve("typst"), Seed.projectDir().resolve("fonts")));
        Optional<JustifiedSpacing.Figures> typstFigures = Optional.empty();
        if (typst.isPresent()) {
            typstFigures = Optional.of(JustifiedSpacing.measure(typst.get(), 10f));
        }
        return new Result(name, octavo, JustifiedSpacing.measure(octavo, 10f), typst, typstFigures);
    }

    private static Book model(Path manuscript) {
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(manuscript, diagnostics), diagnostics);
    }
}
