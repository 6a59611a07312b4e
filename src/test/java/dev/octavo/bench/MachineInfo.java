package dev.octavo.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures came from: cores, CPU, memory, load, and the versions of the tools compared. */
final class MachineInfo {
    private MachineInfo() {
    }

    static void print(PrintStream out) {
        out.printf(Locale.ROOT, "- machine: %d cores (nproc), %s, %s RAM%n", Runtime.getRuntime().availableProcessors(),
                procLine("/proc/cpuinfo", "model name"), memory());
        out.printf(Locale.ROOT, "- load average at start: %s (other work on the machine makes the figures noisy)%n",
                load());
        out.printf(Locale.ROOT, "- Java %s (%s); %s; %s; %s%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), firstLine("mvn", "-B", "-v"), firstLine("pandoc", "--version"),
                firstLine("weasyprint", "--version"));
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        String kb = procLine("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
        return kb.isEmpty() ? "unknown" : String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kb) / 1048576.0);
    }

    private static String procLine(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // Not Linux: the figures are still printed, without the machine's name.
        }
        return "unknown";
    }

    private static String firstLine(String... command) {
        if (!TimedProcess.onPath(command[0])) {
            return command[0] + " not installed";
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "")).toList();
            process.waitFor();
            return lines.isEmpty() ? command[0] : lines.get(0).trim();
        } catch (IOException e) {
            return command[0] + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return command[0];
        }
    }
}
