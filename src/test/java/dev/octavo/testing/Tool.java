package dev.octavo.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an installed command-line checker (poppler-utils, qpdf) and returns its exit code and output. */
public final class Tool {
    private Tool() {
    }

    public record Result(int exitCode, String output) {
    }

    /**
     * Runs {@code /usr/bin/<command>}. .ci/run installs these tools; on a newcomer's machine without them the
     * calling test is skipped, on CI it fails.
     */
    public static Result run(String command, String... args) throws IOException, InterruptedException {
        Path executable = Path.of("/usr/bin", command);
        Assumptions.assumeTrue(Files.isExecutable(executable) || System.getenv("CI") != null,
                command + " is not installed (apt-get install poppler-utils qpdf)");
        List<String> line = new java.util.ArrayList<>(List.of(executable.toString()));
        line.addAll(List.of(args));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), output);
    }
}
