package dev.octavo.cli;

import dev.octavo.EpubImport;
import dev.octavo.ManuscriptException;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code octavo import BOOK.epub [MANUSCRIPT_DIR] [--force] [--quiet] [--verbose]}. Exit 0 when the manuscript is
 * written, 1 when the EPUB cannot be imported, 2 on wrong usage or a folder in use, 3 when a file cannot be written.
 */
final class Import {
    private Import() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        List<String> positional = new ArrayList<>();
        boolean force = false;
        boolean quiet = false;
        boolean verbose = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--force" -> force = true;
                case "--quiet" -> quiet = true;
                case "--verbose" -> verbose = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        err.println("octavo: unknown option " + args[i] + " for import");
                        err.print(Main.USAGE);
                        return 2;
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.isEmpty() || positional.size() > 2) {
            err.print(Main.USAGE);
            return 2;
        }
        Path epub = workingDirectory.resolve(positional.get(0)).normalize();
        Path manuscript = workingDirectory.resolve(positional.size() == 2 ? positional.get(1) : "manuscript")
                .normalize();
        if (!Files.isRegularFile(epub)) {
            err.println("octavo: " + positional.get(0) + " does not exist");
            return 2;
        }
        boolean print = !quiet;
        try {
            EpubImport.Result result = EpubImport.builder().epub(epub).manuscript(manuscript).force(force)
                    .progress(message -> {
                        if (print) {
                            out.println(message);
                        }
                    }).build().run();
            if (verbose) {
                result.leftOut().forEach(d -> err.println(d.format(workingDirectory)));
            }
            if (print) {
                String shown = dev.octavo.SourcePosition.of(manuscript).display(workingDirectory);
                out.println("A manuscript in " + shown + (result.leftOut().isEmpty() ? ""
                        : "; what was left out is listed in " + shown + "/IMPORT.md"));
                out.println("Next: octavo build " + shown + "   (the EPUB and PDF go to dist/)");
            }
            return 0;
        } catch (ManuscriptException e) {
            e.diagnostics().forEach(d -> err.println(d.format(workingDirectory)));
            err.println("octavo: the EPUB cannot be imported; nothing was written");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("octavo: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("octavo: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 3;
        }
    }
}
