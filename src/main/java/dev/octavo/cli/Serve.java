package dev.octavo.cli;

import dev.octavo.preview.PreviewServer;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code octavo serve}: the live preview, until Ctrl-C. */
final class Serve {
    private Serve() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        int port = PreviewServer.DEFAULT_PORT;
        List<String> rest = new ArrayList<>();
        BuildArguments parsed;
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--port")) {
                    port = port(i + 1 < args.length ? args[++i] : null);
                } else {
                    rest.add(args[i]);
                }
            }
            parsed = BuildArguments.parse(rest.toArray(String[]::new), workingDirectory);
            if (parsed.force() || parsed.timestamp() != null) {
                throw new IllegalArgumentException("--force and --timestamp are for builds, not for the preview");
            }
        } catch (IllegalArgumentException e) {
            err.println("octavo: " + e.getMessage());
            err.print(Main.USAGE);
            return 2;
        }
        PreviewServer.Builder preview = PreviewServer.builder().manuscript(parsed.manuscript()).output(parsed.output())
                .styles(parsed.styles()).fonts(parsed.fonts()).formats(parsed.formats()).port(port)
                .displayBase(workingDirectory)
                .progress(Main.listener(out, err, parsed.quiet(), parsed.verbose(), workingDirectory));
        if (parsed.missingGlyphs() != null) {
            preview.missingGlyphs(parsed.missingGlyphs());
        }
        PreviewServer server;
        try {
            server = preview.theme(parsed.theme()).start();
        } catch (UncheckedIOException e) {
            err.println("octavo: " + e.getMessage());
            return 3;
        } catch (IllegalArgumentException e) {
            err.println("octavo: " + e.getMessage());
            return 2;
        }
        // Ctrl-C ends the JVM: the hook stops the server on the way out, quietly.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "octavo-preview-stop"));
        out.println("Preview: " + server.uri() + " (Ctrl-C stops it)");
        out.flush();
        try {
            server.awaitClose();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            server.close();
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value == null ? "" : value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("--port needs a number from 0 to 65535, not " + value);
    }
}
