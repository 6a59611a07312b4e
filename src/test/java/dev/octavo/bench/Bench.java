package dev.octavo.bench;

import dev.octavo.testing.Seed;
import dev.octavo.testing.Typst;
import dev.octavo.testing.TypstBook;
import dev.octavo.testing.TypographyComparison;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark behind the README's Performance section; run it with {@code bench/run} (not part of
 * {@code mvn verify}: it takes minutes). For each size (the seed manuscript 1, 10, 50 and 200 times over) it
 * reports Octavo's in-JVM time per stage, warm, and then the whole-process time and peak memory of
 * {@code mvn package} of a book project that declares Octavo's goal (with and without {@code .mvn/jvm.config},
 * and inside Maven's JVM), of the command-line jar's PDF, of Typst on the same text as a {@code .typ} file, and of
 * pandoc (EPUB) and pandoc + WeasyPrint (PDF), all in the same rounds so that their ratios share the machine's
 * load. Last, how evenly the print's justified lines are spaced beside Typst's on the same texts.
 *
 * <pre>bench/run [--sizes 1,10,50,200] [--runs 3] [--work target/bench]</pre>
 */
public final class Bench {
    private final List<Integer> sizes;
    private final int runs;
    private final Path work;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Bench(List<Integer> sizes, int runs, Path work) {
        this.sizes = sizes;
        this.runs = runs;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1, 10, 50, 200);
        int runs = 3;
        Path work = Seed.projectDir().resolve("target/bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: bench/run [--sizes 1,10,50,200] [--runs 3] [--work DIR]");
            }
        }
        new Bench(sizes, runs, work).run();
    }

    private void run() throws Exception {
        out.println("# Octavo benchmark");
        out.println();
        MachineInfo.print(out);
        InstalledPlugin plugin = InstalledPlugin.check(Seed.projectDir());
        boolean processes = TimedProcess.available();
        boolean competitors = processes && Competitors.available();
        if (!processes) {
            out.println("GNU time (/usr/bin/time) is missing: whole-process figures skipped (apt-get install time).");
        }
        if (!competitors) {
            out.println("pandoc or weasyprint is missing: no comparison (apt-get install pandoc weasyprint).");
        }
        Map<Integer, List<InJvmStages.Run>> inJvm = new LinkedHashMap<>();
        Map<Integer, ProcessRounds> wholeProcess = new LinkedHashMap<>();
        for (int size : sizes) {
            Path project = BookProject.write(fresh(work.resolve("x" + size)), size, Seed.manuscript());
            out.printf(Locale.ROOT, "%n## %d× the seed%n", size);
            Path inJvmOutput = Files.createDirectories(project.resolve("in-jvm"));
            InJvmStages stages = new InJvmStages(project.resolve("manuscript"), Seed.projectDir().resolve("styles"),
                    Seed.projectDir().resolve("fonts"), inJvmOutput);
            List<InJvmStages.Run> measured = stages.measure(size == 1 ? 5 : 1, size == 1 ? Math.max(runs, 5) : runs);
            inJvm.put(size, measured);
            out.printf(Locale.ROOT, "in-JVM publish (EPUB + PDF), warm: %.2f s median, %d pages%n",
                    Summary.median(measured, InJvmStages.Run::publish), measured.get(0).pages());
            if (processes) {
                ProcessRounds rounds = new ProcessRounds(project, competitors, out);
                for (int round = 1; round <= runs; round++) {
                    rounds.round(round);
                }
                wholeProcess.put(size, rounds);
            }
        }
        plugin.checkUnchanged();
        Report.print(out, inJvm, wholeProcess, runs);
        typography();
    }

    /**
     * How evenly the print's justified lines are spaced, beside Typst's on the same text (the seed and the tests'
     * English essay): each word gap over the font's space width, on full justified lines.
     */
    private void typography() throws IOException {
        out.printf(Locale.ROOT, "%n## Justified text beside Typst%n%n");
        if (Typst.modules().isEmpty()) {
            out.println("Typst's npm compiler is not installed (see .ci/run): Octavo's figures alone.");
        }
        out.println(TypographyComparison.HEADER);
        Path typography = fresh(work.resolve("typography"));
        out.println(TypographyComparison.compare("seed", Seed.manuscript(), typography.resolve("seed")).rows());
        out.println(TypographyComparison.compare("English prose",
                Seed.projectDir().resolve(TypographyComparison.ENGLISH_PROSE), typography.resolve("english")).rows());
    }

    private static Path fresh(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var walk = Files.walk(directory)) {
                for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** The whole-process runs of one size: every tool once per round, so that slow moments hit all of them. */
    static final class ProcessRounds {
        final List<TimedProcess.Run> octavo = new ArrayList<>();
        final List<TimedProcess.Run> octavoJavaDefaults = new ArrayList<>();
        final List<TimedProcess.Run> octavoEpub = new ArrayList<>();
        final List<TimedProcess.Run> pandocEpub = new ArrayList<>();
        final List<TimedProcess.Run> weasyPrint = new ArrayList<>();
        final List<TimedProcess.Run> octavoCliPdf = new ArrayList<>();
        final List<TimedProcess.Run> octavoInMaven = new ArrayList<>();
        final List<TimedProcess.Run> typst = new ArrayList<>();
        int octavoPages;
        int weasyPrintPages;
        int typstPages;
        /** The command-line jar's PDF alone, with the recommended settings; null when the jar is not built. */
        private final List<String> cliPdf;
        /** Typst on the same text; null when its npm compiler is not installed. */
        private final List<String> typstPdf;
        private final Path project;
        private final boolean competitors;
        private final PrintStream out;
        private final ScaledManuscript.Written manuscript;

        ProcessRounds(Path project, boolean competitors, PrintStream out) throws IOException {
            this.project = project;
            this.competitors = competitors;
            this.out = out;
            Path dir = project.resolve("manuscript");
            List<Path> chapters;
            try (var files = Files.list(dir)) {
                chapters = files.filter(p -> p.getFileName().toString().matches("\\d+-.*\\.md")).sorted().toList();
            }
            this.manuscript = new ScaledManuscript.Written(dir, chapters, dir.resolve("glossary.md"), dir.resolve("book.yaml"));
            this.cliPdf = cliCommand(dir, project.resolve("cli-dist"));
            this.typstPdf = Typst.modules().isEmpty() ? null : Typst.command(TypstBook.of(model(dir)),
                    project.resolve("others/typst"), Seed.projectDir().resolve("fonts"));
        }

        /** java with the recommended settings, the command-line jar, the manuscript, PDF only. */
        private static List<String> cliCommand(Path manuscript, Path output) throws IOException {
            Path jar;
            try (var files = Files.list(Seed.projectDir().resolve("target"))) {
                jar = files.filter(p -> p.getFileName().toString().endsWith("-cli.jar")).findFirst().orElse(null);
            }
            if (jar == null) {
                return null;
            }
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(List.of(BookProject.JVM_CONFIG.strip().split("\\s+")));
            command.addAll(List.of("-jar", jar.toString(), "build", manuscript.toString(), output.toString(),
                    "--format", "pdf", "--timestamp", "2026-01-01T00:00:00Z", "--quiet", "--force"));
            return command;
        }

        private static dev.octavo.model.Book model(Path manuscript) {
            dev.octavo.manuscript.Diagnostics diagnostics = new dev.octavo.manuscript.Diagnostics();
            return new dev.octavo.manuscript.BookParser().parse(
                    new dev.octavo.manuscript.ManuscriptReader().read(manuscript, diagnostics), diagnostics);
        }

        void round(int round) throws Exception {
            Path logs = Files.createDirectories(project.resolve("logs"));
            Path dist = project.resolve("dist");
            // -Doctavo.force throughout: the rounds build the same book again and again, which the goal would
            // otherwise find up to date.
            octavo.add(report("mvn package (Octavo, EPUB + PDF)", TimedProcess.run(project,
                    logs.resolve("octavo-" + round + ".log"), List.of("mvn", "-B", "-o", "package", "-Doctavo.force"))));
            octavoPages = pages(onlyFile(dist, ".pdf"));
            octavoJavaDefaults.add(report("mvn package (Java's own settings)", BookProject.withoutJvmConfig(project,
                    () -> TimedProcess.run(project, logs.resolve("octavo-java-defaults-" + round + ".log"),
                            List.of("mvn", "-B", "-o", "package", "-Doctavo.force")))));
            octavoInMaven.add(report("same, in Maven's JVM (fork=false)", BookProject.withoutJvmConfig(project,
                    () -> TimedProcess.run(project, logs.resolve("octavo-in-maven-" + round + ".log"),
                            List.of("mvn", "-B", "-o", "package", "-Doctavo.force", "-Doctavo.fork=false")))));
            octavoEpub.add(report("mvn package (Octavo, EPUB only)", TimedProcess.run(project,
                    logs.resolve("octavo-epub-" + round + ".log"),
                    List.of("mvn", "-B", "-o", "package", "-Doctavo.force", "-Doctavo.formats=epub"))));
            if (cliPdf != null) {
                octavoCliPdf.add(report("Octavo CLI jar (PDF)", TimedProcess.run(project,
                        logs.resolve("cli-" + round + ".log"), cliPdf)));
            }
            if (typstPdf != null) {
                typst.add(report("Typst (PDF)", TimedProcess.run(project, logs.resolve("typst-" + round + ".log"),
                        typstPdf)));
                typstPages = pages(project.resolve("others/typst/typst.pdf"));
            }
            if (!competitors) {
                return;
            }
            Path other = Files.createDirectories(project.resolve("others"));
            List<Path> fonts = Competitors.fontFiles(Seed.projectDir().resolve("fonts"));
            pandocEpub.add(report("pandoc (EPUB)", TimedProcess.run(project, logs.resolve("pandoc-" + round + ".log"),
                    Competitors.pandocEpub(manuscript, fonts, other.resolve("pandoc.epub")))));
            Path css = Competitors.writePrintCss(Seed.projectDir().resolve("fonts"), other.resolve("print.css"));
            Path pdf = other.resolve("weasyprint.pdf");
            weasyPrint.add(report("pandoc + WeasyPrint (PDF)", TimedProcess.run(project,
                    logs.resolve("weasyprint-" + round + ".log"),
                    Competitors.pandocWeasyPrint(manuscript, css, other.resolve("pandoc.html"), pdf))));
            weasyPrintPages = pages(pdf);
        }

        private TimedProcess.Run report(String what, TimedProcess.Run run) {
            out.printf(Locale.ROOT, "  %-34s %7.2f s (CPU %6.2f s) %7.0f MiB%n", what, run.seconds(), run.cpuSeconds(),
                    run.peakMiB());
            return run;
        }

        private static Path onlyFile(Path directory, String suffix) throws IOException {
            try (var files = Files.list(directory)) {
                return files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst()
                        .orElseThrow(() -> new IOException("no " + suffix + " in " + directory));
            }
        }

        private static int pages(Path pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                return document.getNumberOfPages();
            }
        }
    }
}
