package dev.octavo.cli;

import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code octavo serve}: prints its address, serves, and stops on Ctrl-C without a stack trace. */
class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("Preview: (http://127\\.0\\.0\\.1:(\\d+)/) \\(Ctrl-C stops it\\)");

    @TempDir
    Path project;

    @Test
    void servesUntilCtrlCAndStopsQuietly() throws Exception {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            URI uri = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher address = ADDRESS.matcher(line);
                if (address.matches()) {
                    uri = URI.create(address.group(1));
                    break;
                }
            }
            assertTrue(uri != null, "the address is printed: " + output);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());

            // Ctrl-C is SIGINT to the process. A process started in the background of a shell script inherits SIGINT
            // ignored, and Java then leaves it so; there the test sends SIGTERM, which Java handles the same way.
            String signal = ignoresSigint(process.pid()) ? "-TERM" : "-INT";
            Process interrupt = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
            assertEquals(0, interrupt.waitFor());
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stopped on Ctrl-C");
            output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            String all = output.toString();
            assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace:\n" + all);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Whether the process ignores SIGINT (signal 2: the second bit of the SigIgn mask Linux shows). */
    private static boolean ignoresSigint(long pid) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0;
            }
        }
        return false;
    }

    @Test
    void aBusyPortOrABadOneIsAClearError() throws Exception {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandLineProcess.Run busy = CommandLineProcess.run(project, Map.of(), List.of(), "serve", "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(3, busy.status(), busy.output());
            assertTrue(busy.output().startsWith("octavo: cannot serve the preview on 127.0.0.1:"
                    + taken.getLocalPort() + ": the port is in use"), busy.output());
            assertFalse(busy.output().contains("\tat "), busy.output());
        }
        CommandLineProcess.Run missing = CommandLineProcess.run(project, Map.of(), List.of(), "serve", "manuscrpit",
                "--port", "0");
        assertEquals(2, missing.status(), missing.output());
        assertTrue(missing.output().startsWith("octavo: there is no manuscript folder at "), missing.output());
        CommandLineProcess.Run wrong = CommandLineProcess.run(project, Map.of(), List.of(), "serve", "--port", "eighty");
        assertEquals(2, wrong.status());
        assertTrue(wrong.output().startsWith("octavo: --port needs a number from 0 to 65535, not eighty"),
                wrong.output());
    }
}
