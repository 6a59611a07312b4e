package dev.octavo.cli;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.ProgressListener;
import dev.octavo.Publisher;
import dev.octavo.check.EpubValidator;
import dev.octavo.check.PdfValidator;
import dev.octavo.internal.TunedJvm;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line: {@code octavo build [manuscript] [output] [options]}, {@code octavo check book.epub} and
 * {@code octavo import book.epub [manuscript]}.
 * Exit codes: 0 published (or valid), 1 the manuscript has errors (or the EPUB has problems), 2 wrong usage,
 * 3 an output could not be written, 4 Java ran out of memory.
 *
 * <p>A build started by {@code java} with no settings of its own runs in a second JVM started with the settings a
 * book builds fastest with ({@link TunedJvm}); the first one only waits for it.
 */
public final class Main {
    static final String USAGE = """
            usage: octavo check BOOK.epub|BOOK.pdf validate with EPUBCheck, or with veraPDF (the PDF/A, PDF/UA the file claims)
                   octavo build [MANUSCRIPT_DIR [OUTPUT_DIR]] [options]
                   octavo init [DIR]            a new book project in DIR (default: my-book), ready for mvn package
                   octavo import BOOK.epub [MANUSCRIPT_DIR] [--force] [--quiet] [--verbose]
                                     an EPUB 2 or 3 made elsewhere as a manuscript (default: manuscript), with
                                     IMPORT.md listing what was left out; --force replaces a folder in use
                   octavo serve [MANUSCRIPT_DIR [OUTPUT_DIR]] [--port N] [options]
                                     a live preview on http://127.0.0.1:8000/ (--port 0: any free port);
                                     the outputs are made again in OUTPUT_DIR after each change
              --manuscript DIR   the manuscript (default: manuscript)
              --output DIR       where the .epub and .pdf go (default: dist)
              --styles DIR       stylesheets and templates over the house style (default: styles, if present)
              --theme NAME       a theme jar's styles and fonts between the house style and --styles
                                 (the jar on the class path: java -cp octavo-cli.jar:theme.jar dev.octavo.cli.Main)
              --fonts DIR        fonts to use instead of the default ones (default: fonts, if present;
                                 a folder named here must exist)
              --format LIST      epub, pdf, cover (the print cover), comma-separated (default: epub,pdf)
              --timestamp T      ISO 8601 or epoch seconds stamped into the outputs (default: SOURCE_DATE_EPOCH, else now)
              --missing-glyphs S error (default) or warning: a character that no font of the book can draw
              --force            build even if the outputs are up to date (made from these very inputs)
              --quiet            print only warnings and errors
              --verbose          also print the renderers' own messages
            A build runs in a JVM of its own, started with the settings it is fastest with, unless java was given
            options other than -D ones, or -Doctavo.fork=false.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        int status = args.length > 0 && args[0].equals("build")
                && TunedJvm.worthStarting(ManagementFactory.getRuntimeMXBean().getInputArguments())
                ? inJvmOfItsOwn(args, workingDirectory)
                : run(args, System.out, System.err, workingDirectory);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        if (args.length == 2 && args[0].equals("check")) {
            return check(workingDirectory.resolve(args[1]), out, err);
        }
        if (args.length > 0 && args[0].equals("init") && args.length <= 2) {
            return init(workingDirectory.resolve(args.length == 2 ? args[1] : "my-book"), out, err, workingDirectory);
        }
        if (args.length > 0 && args[0].equals("import")) {
            return Import.run(args, out, err, workingDirectory);
        }
        if (args.length > 0 && args[0].equals("serve")) {
            return Serve.run(args, out, err, workingDirectory);
        }
        if (args.length == 0 || !args[0].equals("build")) {
            err.print(USAGE);
            return 2;
        }
        BuildArguments parsed;
        try {
            parsed = BuildArguments.parse(args, workingDirectory);
        } catch (IllegalArgumentException e) {
            err.println("octavo: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        Publisher.Builder builder;
        try {
            builder = parsed.applyTo(Publisher.builder().displayBase(workingDirectory))
                    .progress(listener(out, err, parsed.quiet(), parsed.verbose(), workingDirectory));
        } catch (IllegalArgumentException e) {
            err.println("octavo: " + e.getMessage()); // a theme that is not on the class path
            return 2;
        }
        try {
            builder.build().publish();
            return 0;
        } catch (ManuscriptException e) {
            e.diagnostics().forEach(d -> err.println(d.format(workingDirectory)));
            long errors = e.errors().size();
            err.println("octavo: " + errors + (errors == 1 ? " error" : " errors") + "; nothing was published");
            return 1;
        } catch (UncheckedIOException e) {
            err.println("octavo: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 3;
        } catch (OutOfMemoryError e) {
            err.println("octavo: Java ran out of memory (at most " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB) typesetting " + parsed.manuscript() + "; give it more with -Xmx; nothing was published");
            return 4;
        }
    }

    /**
     * Runs the build in a JVM of its own with the settings a book builds fastest with ({@link TunedJvm}): Java's
     * defaults, which {@code java -jar} gives, cost a 50× build 7 s and 800 MiB against 4.3 s and 620 MiB.
     */
    private static int inJvmOfItsOwn(String[] args, Path workingDirectory) {
        BuildArguments parsed;
        try {
            parsed = BuildArguments.parse(args, workingDirectory);
        } catch (IllegalArgumentException e) {
            return run(args, System.out, System.err, workingDirectory); // which tells what is wrong
        }
        long heap = Files.isDirectory(parsed.manuscript()) ? TunedJvm.maxHeapMiB(parsed.manuscript())
                : TunedJvm.LEAST_HEAP_MIB;
        List<String> command = TunedJvm.command(TunedJvm.classPath(Main.class), heap, Main.class.getName(),
                List.of(args));
        if (parsed.verbose()) {
            System.out.println("octavo: building in a JVM of its own: " + String.join(" ", command.subList(0,
                    command.indexOf("-cp"))) + " (-Doctavo.fork=false builds in this one)");
        }
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            return process.waitFor();
        } catch (java.io.IOException e) {
            System.err.println("octavo: cannot start " + command.get(0) + ": " + e.getMessage()
                    + " (-Doctavo.fork=false builds without starting another Java)");
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Exit 0 when the project is written, 2 when the folder is not empty, 3 when a file cannot be written. */
    private static int init(Path directory, PrintStream out, PrintStream err, Path workingDirectory) {
        try {
            List<Path> files = dev.octavo.init.NewBookProject.write(directory, java.time.Instant.now());
            out.println("A new book project in " + shown(directory, workingDirectory) + ": " + String.join(", ",
                    files.stream().map(file -> directory.relativize(file).toString()).toList()));
            out.println("Next: cd " + shown(directory, workingDirectory) + " && mvn package   (the ebooks go to dist/;"
                    + " mvn octavo:serve shows the book as you write)");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("octavo: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("octavo: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 3;
        }
    }

    private static String shown(Path file, Path base) {
        return dev.octavo.SourcePosition.of(file).display(base);
    }

    /** Exit 0 when EPUBCheck (or veraPDF, for a PDF) reports no problem, 1 otherwise. */
    private static int check(Path epub, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(epub)) {
            err.println("octavo: " + epub + " does not exist");
            return 2;
        }
        if (epub.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            List<String> claimed = PdfValidator.claimedStandards(epub);
            List<PdfValidator.Problem> problems = new PdfValidator().validate(epub);
            problems.forEach(err::println);
            out.println("veraPDF: " + (claimed.isEmpty() ? "no standard claimed" : String.join(" and ", claimed))
                    + ", " + problems.size() + " failed rules");
            return problems.isEmpty() ? 0 : 1;
        }
        List<EpubValidator.Problem> problems = new EpubValidator().validate(epub);
        problems.forEach(err::println);
        out.println("EPUBCheck: " + problems.stream().filter(EpubValidator.Problem::error).count() + " errors, "
                + problems.stream().filter(p -> !p.error()).count() + " warnings");
        return problems.isEmpty() ? 0 : 1;
    }

    static ProgressListener listener(PrintStream out, PrintStream err, boolean quiet, boolean verbose,
                                             Path base) {
        return new ProgressListener() {
            @Override
            public void detail(String message) {
                if (verbose) {
                    out.println(message);
                }
            }

            @Override
            public void step(String message) {
                if (!quiet) {
                    out.println(message);
                }
            }

            @Override
            public void warning(Diagnostic diagnostic) {
                err.println(diagnostic.format(base));
            }
        };
    }
}
