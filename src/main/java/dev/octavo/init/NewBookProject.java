package dev.octavo.init;

import dev.octavo.internal.Slugs;
import dev.octavo.internal.TunedJvm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A new book project, ready for {@code mvn package}: a pom with Octavo's plugin, a manuscript whose chapter and
 * glossary show the format's features, {@code .mvn/jvm.config} with the settings a build is fastest with inside
 * Maven's JVM (the live preview builds there), and a {@code .gitignore}. It writes into an empty or new folder
 * only, and overwrites nothing.
 */
public final class NewBookProject {
    private static final String RESOURCES = "/dev/octavo/init/";
    /** The files of the project, by their place in it, and the resource each comes from. */
    private static final Map<String, String> FILES = Map.of(
            "pom.xml", "pom.xml",
            ".gitignore", "gitignore",
            "manuscript/book.yaml", "manuscript/book.yaml",
            "manuscript/01-getting-started.md", "manuscript/01-getting-started.md",
            "manuscript/glossary.md", "manuscript/glossary.md",
            "manuscript/images/pipeline.svg", "manuscript/images/pipeline.svg");

    private NewBookProject() {
    }

    /**
     * Writes the project into {@code directory}, made if missing.
     *
     * @param directory the project's folder, new or empty; its name, as a slug, becomes the pom's artifactId
     *                  ({@code my-book} when it has no letter or digit)
     * @param now the moment the project is made: its book's date and the timestamp its outputs are stamped with
     * @return the files written, in a fixed order
     * @throws IllegalArgumentException when the folder exists and is not empty, or is a file: nothing is written
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static List<Path> write(Path directory, Instant now) {
        Objects.requireNonNull(directory, "directory");
        refuseAnythingThere(directory);
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        String name = Slugs.slug(Objects.toString(directory.toAbsolutePath().normalize().getFileName(), ""));
        Map<String, String> values = Map.of(
                "@ARTIFACT_ID@", name.isEmpty() ? "my-book" : name,
                "@OCTAVO_VERSION@", octavoVersion(),
                "@TIMESTAMP@", stamp.toString(),
                "@DATE@", stamp.atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                "@IDENTIFIER@", "urn:uuid:" + UUID.randomUUID());
        List<Path> written = new ArrayList<>();
        try {
            for (String file : FILES.keySet().stream().sorted().toList()) {
                String text = resource(FILES.get(file));
                for (Map.Entry<String, String> value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
                written.add(create(directory.resolve(file), text));
            }
            written.add(create(directory.resolve(".mvn/jvm.config"), jvmConfig() + "\n"));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new book project in " + directory, e);
        }
    }

    /** The settings of {@link TunedJvm}, on one line, as Maven reads {@code .mvn/jvm.config}. */
    static String jvmConfig() {
        List<String> options = new ArrayList<>(TunedJvm.OPTIONS);
        options.add(2, "-Xmx" + TunedJvm.LEAST_HEAP_MIB + "m");
        return String.join(" ", options);
    }

    private static void refuseAnythingThere(Path directory) {
        if (Files.isRegularFile(directory)) {
            throw new IllegalArgumentException(directory + " is a file, not a folder for a new book project");
        }
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(directory + " is not empty; a new book project goes into an"
                            + " empty or new folder, and nothing is overwritten");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + directory, e);
            }
        }
    }

    /** Writes a file that must not exist yet: even a file made meanwhile by someone else is not overwritten. */
    private static Path create(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        return file;
    }

    private static String octavoVersion() {
        Properties properties = new Properties();
        try (InputStream in = NewBookProject.class.getResourceAsStream(RESOURCES + "octavo.properties")) {
            properties.load(Objects.requireNonNull(in, "octavo.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = NewBookProject.class.getResourceAsStream(RESOURCES + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
