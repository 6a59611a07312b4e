package dev.octavo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings a book's build runs fastest with in a JVM of its own, and the command that starts one; the Maven
 * goal builds in such a JVM by default, since Maven's own runs with Java's defaults (see the README's "JVM settings
 * for a book project" for what each setting does and what it was measured to save).
 *
 * <p>Java's defaults cost a cold build dearly on a small machine: C2 compiles on the second core for seconds that
 * one build never earns back (at 50× the seed, 13 s of CPU for a 7 s build against 6 s for 4.3 s with C1 only), and
 * the G1 heap grows towards a quarter of the machine's memory.
 */
public final class TunedJvm {
    /**
     * The settings of the README's {@code .mvn/jvm.config}, without the heap's bound (see {@link #maxHeapMiB}). The
     * young generation is fixed at 192 MiB: enough for the layout's boxes to die young, and it leaves the old
     * generation room for what a 4,000-page book keeps within the bound.
     */
    public static final List<String> OPTIONS = List.of("-XX:+UseParallelGC", "-Xms640m", "-XX:NewSize=192m",
            "-XX:MaxNewSize=192m", "-XX:MaxTenuringThreshold=0", "-XX:MetaspaceSize=128m", "-XX:TieredStopAtLevel=1");
    /**
     * The least bound of the heap. The seed × 200 (4,305 pages, EPUB and PDF) keeps about 0.75 GB at its peak: it ran
     * out of memory at 700 MiB, took 14.7 s at 850 MiB with a peak RSS of 980 MiB, and 12.5 s at 1 GiB with 1.29 GB.
     */
    public static final long LEAST_HEAP_MIB = 850;
    /** The heap a build needs per byte of Markdown: 850 MiB for the 8.6 MB of the seed × 200, and as much again. */
    static final long HEAP_PER_MARKDOWN_BYTE = 104;

    /** The system property that tells the command line it runs in the JVM started for it. */
    public static final String FORKED = "octavo.forked";

    private TunedJvm() {
    }

    /**
     * The heap's bound for a manuscript: {@link #LEAST_HEAP_MIB}, or more for a manuscript with more Markdown than the
     * 200× seed; the parallel collector otherwise grows the heap as far as Java's default (a quarter of the machine)
     * allows.
     */
    public static long maxHeapMiB(Path manuscript) {
        long markdown = 0;
        try (Stream<Path> files = Files.walk(manuscript)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(".md") && Files.isRegularFile(file)) {
                    markdown += Files.size(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manuscript, e);
        }
        return Math.max(LEAST_HEAP_MIB, markdown * HEAP_PER_MARKDOWN_BYTE >> 20);
    }

    /**
     * Whether a build of the command line's, in a JVM started with settings of nobody's choosing (no option but
     * system properties), should build in one of its own: unless it is one already, or {@code -Doctavo.fork=false}.
     */
    public static boolean worthStarting(List<String> jvmOptions) {
        return System.getProperty(FORKED) == null && !"false".equals(System.getProperty("octavo.fork"))
                && jvmOptions.stream().allMatch(option -> option.startsWith("-D"));
    }

    /**
     * The class-data archive made for a class path of one jar, {@code NAME.jsa} beside {@code NAME.jar}: the
     * classes a build loads, parsed and verified once (Octavo's {@code mvn package} makes one for the command-line
     * jar). Mapped at start-up, it spares a build about a quarter of a second.
     */
    static java.util.Optional<Path> classData(List<Path> classPath) {
        if (classPath.size() != 1 || !classPath.get(0).getFileName().toString().endsWith(".jar")) {
            return java.util.Optional.empty();
        }
        Path jar = classPath.get(0);
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
        return Files.isRegularFile(archive) ? java.util.Optional.of(archive) : java.util.Optional.empty();
    }

    /**
     * The class path that loaded {@code anchor}: its loader's jars and folders where it has a list of them (Maven's
     * exec:java and plugin realms), else the JVM's own class path.
     */
    public static List<Path> classPath(Class<?> anchor) {
        if (anchor.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<Path> paths = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()));
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    throw new IllegalStateException("cannot put " + url + " on a class path", e);
                }
            }
            return paths;
        }
        // Absolute, as a class-data archive records it.
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize()).toList();
    }

    /** {@code java} of the running JVM with the settings, the class path and the main class, then {@code arguments}. */
    public static List<String> command(List<Path> classPath, long maxHeapMiB, String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        command.add("-Xmx" + maxHeapMiB + "m");
        classData(classPath).ifPresent(archive -> command.addAll(List.of("-XX:SharedArchiveFile=" + archive,
                // An archive made by another Java, or for a jar that has changed since, is not used: say nothing.
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off")));
        command.add("-Dfile.encoding=UTF-8");
        command.add("-D" + FORKED + "=true"); // the command line started in it builds there, and starts no other
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }
}
