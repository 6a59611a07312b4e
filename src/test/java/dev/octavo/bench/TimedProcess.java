package dev.octavo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one command as a whole process under GNU time, for wall-clock seconds and peak resident memory.
 * GNU time's {@code %M} is the {@code ru_maxrss} of the command, the same figure {@code /usr/bin/time -v}
 * prints as "Maximum resident set size"; for a shell pipeline it is that of its largest process.
 */
final class TimedProcess {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One run: wall-clock seconds, CPU seconds (user + system, all threads and children), peak RSS in MiB, exit status. */
    record Run(double seconds, double cpuSeconds, double peakMiB, int exitCode) {
    }

    private TimedProcess() {
    }

    static boolean available() {
        return Files.isExecutable(GNU_TIME);
    }

    /** Runs {@code command} in {@code directory}; its output goes to {@code log}, which a failure names. */
    static Run run(Path directory, Path log, List<String> command) throws IOException, InterruptedException {
        Path measurements = Files.createTempFile("octavo-bench-time", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-o", measurements.toString(),
                    "-f", "%e %U %S %M %x"));
            timed.addAll(command);
            Process process = new ProcessBuilder(timed).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int status = process.waitFor();
            List<String> lines = Files.readAllLines(measurements, StandardCharsets.UTF_8);
            // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
            String[] figures = lines.get(lines.size() - 1).trim().split("\\s+");
            Run run = new Run(Double.parseDouble(figures[0]), Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]),
                    Long.parseLong(figures[3]) / 1024.0, status);
            if (status != 0) {
                throw new IOException(String.format(Locale.ROOT, "%s exited with %d; see %s",
                        String.join(" ", command), status, log));
            }
            return run;
        } finally {
            Files.deleteIfExists(measurements);
        }
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
