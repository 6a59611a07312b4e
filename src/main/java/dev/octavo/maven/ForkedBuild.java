package dev.octavo.maven;

import dev.octavo.internal.TunedJvm;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<String> errors = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Thread standardError = new Thread(() -> {
            for (String line : lines(process.getErrorStream())) {
                Matcher diagnostic = DIAGNOSTIC.matcher(line);
                if (diagnostic.matches() && diagnostic.group(1).equals("error")) {
                    log.error(line);
                    synchronized (errors) {
                        errors.add(line);
                    }
                } else if (diagnostic.matches()) {
                    log.warn(line);
                } else {
                    synchronized (other) {
                        other.add(line);
                    }
                }
            }
        }, "octavo-build-stderr");
        standardError.start();
        for (String line : lines(process.getInputStream())) {
            log.info(line);
        }
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

    private Iterable<String> lines(java.io.InputStream stream) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        return () -> reader.lines().onClose(() -> close(reader)).iterator();
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jars of the plugin's class realm: the plugin and its dependencies, as Maven resolved them. */
    private static List<Path> classPath() throws MojoExecutionException {
        List<Path> jars = new ArrayList<>();
        if (!(ForkedBuild.class.getClassLoader() instanceof URLClassLoader realm)) {
            throw new MojoExecutionException("the plugin's class loader gives no class path to build with;"
                    + " -Doctavo.fork=false builds inside Maven's JVM");
        }
        for (URL url : realm.getURLs()) {
            try {
                jars.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new MojoExecutionException("cannot use " + url + " on the build's class path", e);
            }
        }
        return jars;
    }
}
