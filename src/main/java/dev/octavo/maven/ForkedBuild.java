package dev.octavo.maven;

import dev.octavo.internal.TunedJvm;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the command line's build in a JVM of its own with {@link TunedJvm}'s settings, on the plugin's own class
 * path, and tells Maven's log what it prints: steps at info, warnings and errors at their levels, the renderers'
 * messages at debug. Its exit status becomes the goal's outcome, as the library's exceptions do in-process.
 */
final class ForkedBuild {
    private static final Pattern DIAGNOSTIC = Pattern.compile(".*?: (error|warning): .*");

    private final Log log;

    ForkedBuild(Log log) {
        this.log = log;
    }

    void run(File basedir, Path manuscript, List<String> arguments) throws MojoExecutionException, MojoFailureException {
        List<String> command = TunedJvm.command(classPath(), TunedJvm.maxHeapMiB(manuscript), "dev.octavo.cli.Main",
                arguments);
        log.debug("Octavo: building in a JVM of its own: " + String.join(" ", command));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(basedir).start();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start Java for the build (" + command.get(0) + "): "
                    + e.getMessage() + "; -Doctavo.fork=false builds inside Maven's JVM", e);
        }
        try {
            process.getOutputStream().close(); // the build reads nothing from it
        } catch (IOException e) {
            log.debug("could not close the build's standard input", e);
        }
        // Filled by the thread that reads the build's standard error, read here once it has been joined.
        List<String> errors = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Thread standardError = new Thread(() -> eachLine(process.getErrorStream(), line -> {
            Matcher diagnostic = DIAGNOSTIC.matcher(line);
            if (diagnostic.matches() && diagnostic.group(1).equals("error")) {
                log.error(line);
                errors.add(line);
            } else if (diagnostic.matches()) {
                log.warn(line);
            } else {
                other.add(line);
            }
        }), "octavo-build-stderr");
        standardError.start();
        eachLine(process.getInputStream(), log::info);
        int status;
        try {
            status = process.waitFor();
            standardError.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while the book was being built", e);
        }
        if (status == 0) {
            return;
        }
        if (status == 1 && !errors.isEmpty()) {
            throw new MojoFailureException("The manuscript has " + errors.size() + " error(s); nothing was published."
                    + " First: " + errors.get(0));
        }
        other.forEach(log::error);
        throw new MojoExecutionException("the build failed (exit status " + status + ")"
                + (other.isEmpty() ? "" : ": " + other.get(0).replaceFirst("^octavo: ", "")));
    }

    /** Each line the build prints, to {@code action}, until the stream ends; then the stream is closed. */
    private static void eachLine(InputStream stream, Consumer<String> action) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read what the build printed", e);
        }
    }

    /** The jars of the plugin's class realm: the plugin and its dependencies, as Maven resolved them. */
    private static List<Path> classPath() throws MojoExecutionException {
        if (!(ForkedBuild.class.getClassLoader() instanceof URLClassLoader)) {
            throw new MojoExecutionException("the plugin's class loader gives no class path to build with;"
                    + " -Doctavo.fork=false builds inside Maven's JVM");
        }
        try {
            return TunedJvm.classPath(ForkedBuild.class);
        } catch (IllegalStateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
