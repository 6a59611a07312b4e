package dev.octavo.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Typst, the anchor Octavo's print is measured against, through its npm compiler
 * ({@code @myriaddreamin/typst-ts-node-compiler}). .ci/run installs it into ~/.cache/octavo-typst; elsewhere set
 * OCTAVO_TYPST_MODULES to the node_modules folder that holds it.
 */
public final class Typst {
    static final String PACKAGE = "@myriaddreamin/typst-ts-node-compiler";

    private Typst() {
    }

    /** The node_modules folder holding the compiler, if installed. */
    public static Optional<Path> modules() {
        String set = System.getenv("OCTAVO_TYPST_MODULES");
        Path modules = set != null && !set.isBlank() ? Path.of(set)
                : Path.of(System.getProperty("user.home"), ".cache/octavo-typst/node_modules");
        return Files.isDirectory(modules.resolve(PACKAGE)) ? Optional.of(modules) : Optional.empty();
    }

    /** Skips the calling test where Typst's compiler is missing, unless on CI, where that is a failure. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(System.getenv("CI") != null || modules().isPresent(),
                "Typst's npm compiler is not installed (.ci/run shows how)");
        if (modules().isEmpty()) {
            throw new AssertionError("Typst's npm compiler is not installed: " + PACKAGE
                    + " under ~/.cache/octavo-typst (or set OCTAVO_TYPST_MODULES)");
        }
    }

    /**
     * Writes {@code source} to {@code dir/book.typ} and the compiling script beside it; the command that compiles it
     * to {@code dir/typst.pdf} with the fonts under {@code fonts} (the bench times it as a process of its own).
     */
    public static List<String> command(String source, Path dir, Path fonts) throws IOException {
        Files.createDirectories(dir);
        Path main = dir.resolve("book.typ");
        Files.writeString(main, source, StandardCharsets.UTF_8);
        Path script = dir.resolve("typst-compile.cjs");
        try (InputStream in = Typst.class.getResourceAsStream("typst-compile.cjs")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> command = new ArrayList<>(List.of("env", "NODE_PATH=" + modules().orElseThrow(), "node",
                script.toString(), main.toString(), dir.resolve("typst.pdf").toString()));
        try (var folders = Files.walk(fonts)) {
            folders.filter(Files::isDirectory).sorted().map(Path::toString).forEach(command::add);
        }
        return command;
    }

    /** Compiles {@code source} (written to {@code dir/book.typ}) with the fonts under {@code fonts}; the PDF. */
    public static Path compile(String source, Path dir, Path fonts) {
        try {
            List<String> command = command(source, dir, fonts);
            Path pdf = dir.resolve("typst.pdf");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Typst did not finish in 600 s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                throw new IllegalStateException("Typst failed on " + dir.resolve("book.typ") + ":\n" + output);
            }
            return pdf;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
