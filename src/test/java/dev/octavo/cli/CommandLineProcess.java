package dev.octavo.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The command line run as a process of its own on the tests' class path: {@code java [options] Main [arguments]}. */
final class CommandLineProcess {
    record Run(int status, String output) {
    }

    private CommandLineProcess() {
    }

    /** Runs it in {@code directory} with {@code environment} added to this one's; standard error into the output. */
    static Run run(Path directory, Map<String, String> environment, List<String> jvmOptions, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command line did not finish in 180 s: " + command);
        }
        return new Run(process.exitValue(), output);
    }
}
