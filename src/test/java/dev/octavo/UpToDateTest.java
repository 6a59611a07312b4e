package dev.octavo;

import dev.octavo.internal.BuildRecord;
import dev.octavo.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build with nothing changed stops once it has compared the inputs' digest with the output folder's record,
 * and tells the outputs and warnings of the build that made them; any change to what the outputs are made from,
 * or to the outputs themselves, makes them again.
 */
class UpToDateTest {
    private static final Instant STAMP = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path project;
    private Path manuscript;
    private Path dist;

    @BeforeEach
    void book() throws Exception {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        dist = project.resolve("dist");
        Files.writeString(manuscript.resolve("book.yaml"),
                "title: Sách thử\nlanguage: vi\nidentifier: urn:uuid:6b1f3c2a-9d4e-4f5a-8b7c-2e1d0a9f8c7b\n");
        Files.writeString(manuscript.resolve("01-a.md"), "# Chương một\n\nĐoạn văn[^a].\n\n[^a]: Chú thích.\n");
    }

    private Publisher.Builder publisher(List<String> steps) {
        return Publisher.builder().manuscript(manuscript).output(dist).timestamp(STAMP).progress(steps::add);
    }

    /** Builds once, then again after {@code change}; the second build's steps. */
    private List<String> buildTwice(Runnable change, UnaryOperator<Publisher.Builder> second) {
        return buildTwice(b -> b, change, second);
    }

    /** Builds once with {@code both}, then again with both and {@code second} after {@code change}. */
    private List<String> buildTwice(UnaryOperator<Publisher.Builder> both, Runnable change,
                                    UnaryOperator<Publisher.Builder> second) {
        both.apply(publisher(new ArrayList<>())).build().publish();
        change.run();
        List<String> steps = new ArrayList<>();
        second.apply(both.apply(publisher(steps))).build().publish();
        return steps;
    }

    private static boolean upToDate(List<String> steps) {
        return steps.stream().anyMatch(step -> step.startsWith("Up to date:"));
    }

    @Test
    void aSecondBuildWithNothingChangedLeavesTheOutputsAsTheyAre() throws Exception {
        Publication first = publisher(new ArrayList<>()).build().publish();
        Path pdf = first.pdf().orElseThrow();
        byte[] bytes = Files.readAllBytes(pdf);
        FileTime made = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(pdf, made);

        List<String> steps = new ArrayList<>();
        Publication second = publisher(steps).build().publish();
        assertEquals(1, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("Up to date: dist/sach-thu.epub, dist/sach-thu.pdf"), steps.get(0));
        assertEquals(first.outputs(), second.outputs());
        assertEquals(first.pageCount(), second.pageCount());
        assertEquals(made, Files.getLastModifiedTime(pdf), "the PDF was not written again");
        assertArrayEquals(bytes, Files.readAllBytes(pdf));
    }

    @Test
    void everyKindOfChangeMakesTheOutputsAgain() throws Exception {
        Runnable nothing = () -> { };
        assertFalse(upToDate(buildTwice(() -> write(manuscript.resolve("01-a.md"),
                "# Chương một\n\nĐoạn văn khác[^a].\n\n[^a]: Chú thích.\n"), b -> b)), "a chapter edited");
        assertFalse(upToDate(buildTwice(() -> write(manuscript.resolve("images/new.txt"), "x"), b -> b)),
                "a file added in a folder of the manuscript");
        assertFalse(upToDate(buildTwice(() -> move(manuscript.resolve("01-a.md"), manuscript.resolve("02-a.md")),
                b -> b)), "a chapter renamed");
        String house = Files.readString(Seed.projectDir().resolve("styles/print.css"));
        write(project.resolve("styles/print.css"), house + "\np { color: black }\n");
        UnaryOperator<Publisher.Builder> styled = b -> b.styles(project.resolve("styles"));
        assertTrue(upToDate(buildTwice(styled, nothing, b -> b)), "styled, nothing changed");
        assertFalse(upToDate(buildTwice(styled, () -> write(project.resolve("styles/print.css"),
                house + "\np { color: #111 }\n"), b -> b)), "a stylesheet edited");
        assertFalse(upToDate(buildTwice(nothing, b -> b.timestamp(STAMP.plusSeconds(1)))), "another timestamp");
        assertFalse(upToDate(buildTwice(nothing, b -> b.missingGlyphs(Diagnostic.Severity.WARNING))), "a setting");
        assertFalse(upToDate(buildTwice(nothing, b -> b.force(true))), "forced");
        assertTrue(upToDate(buildTwice(nothing, b -> b)), "and with nothing changed, nothing is made");
    }

    @Test
    void outputsChangedOrARecordDamagedSinceMakeThemAgain() throws Exception {
        assertFalse(upToDate(buildTwice(() -> write(dist.resolve("sach-thu.pdf"), "not the PDF that was made"),
                b -> b)), "an output overwritten");
        assertFalse(upToDate(buildTwice(() -> delete(dist.resolve("sach-thu.epub")), b -> b)), "an output deleted");
        assertFalse(upToDate(buildTwice(() -> delete(dist.resolve(BuildRecord.FILE_NAME)), b -> b)),
                "the record deleted");
        assertFalse(upToDate(buildTwice(() -> write(dist.resolve(BuildRecord.FILE_NAME), "octavo-build 2\ninputs\n"
                + "output\tPDF\n"), b -> b)), "the record damaged");
        assertFalse(upToDate(buildTwice(nothing(), b -> b.formats(Set.of(Format.PDF)))), "fewer formats");
        // A record that lists outputs under names of its own gets no further than the outputs' check.
        assertTrue(Files.readString(dist.resolve(BuildRecord.FILE_NAME)).lines()
                .anyMatch(line -> line.startsWith("output\tPDF\tsach-thu.pdf\t")));
    }

    @Test
    void theWarningsOfTheBuildThatMadeTheOutputsAreToldAgain() throws Exception {
        // A character none of the default fonts draws, reported as a warning rather than an error.
        write(manuscript.resolve("01-a.md"), "# Chương một\n\nĐoạn văn ᚠ.\n");
        List<Diagnostic> first = new ArrayList<>();
        List<Diagnostic> second = new ArrayList<>();
        Publication made = publisher(new ArrayList<>()).missingGlyphs(Diagnostic.Severity.WARNING)
                .progress(listener(first)).build().publish();
        Publication again = publisher(new ArrayList<>()).missingGlyphs(Diagnostic.Severity.WARNING)
                .progress(listener(second)).build().publish();
        assertFalse(first.isEmpty(), "the character is reported");
        assertEquals(first, second);
        assertEquals(made.warnings(), again.warnings());
    }

    private static ProgressListener listener(List<Diagnostic> warnings) {
        return new ProgressListener() {
            @Override
            public void step(String message) {
            }

            @Override
            public void warning(Diagnostic diagnostic) {
                warnings.add(diagnostic);
            }
        };
    }

    private static Runnable nothing() {
        return () -> { };
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
