package dev.octavo.bench;

import dev.octavo.internal.TunedJvm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A Maven project of a book's author: a pom that only declares Octavo's {@code build} goal, the manuscript, and
 * the {@code .mvn/jvm.config} the README recommends for book projects (see {@link #JVM_CONFIG}). No fonts or
 * styles folder, so the defaults come from Octavo's jar, as for a new user. The bench also builds it once per
 * round with Java's own settings, without the file ({@link #withoutJvmConfig}).
 */
final class BookProject {
    static final String PLUGIN = "dev.octavo:octavo:0.1.0-SNAPSHOT";
    /**
     * The README's {@code .mvn/jvm.config} for book projects: the settings the goal's own JVM runs with
     * ({@link TunedJvm}), with the heap bounded as for the 200× seed. Since the goal builds in a JVM of its own, the file
     * matters only to Maven's JVM, and to a build inside it ({@code -Doctavo.fork=false}); the bench's CLI rows
     * run with it.
     */
    static final String JVM_CONFIG = String.join(" ", TunedJvm.OPTIONS) + " -Xmx" + TunedJvm.LEAST_HEAP_MIB + "m\n";

    private BookProject() {
    }

    static Path write(Path directory, int times, Path seed) throws IOException {
        Files.createDirectories(directory);
        String[] coordinates = PLUGIN.split(":");
        Files.writeString(directory.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench.octavo</groupId>
                  <artifactId>book-x%d</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.outputTimestamp>2026-11-27T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>%s</groupId>
                        <artifactId>%s</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals><goal>build</goal></goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(times, coordinates[0], coordinates[1], coordinates[2]), StandardCharsets.UTF_8);
        Files.createDirectories(directory.resolve(".mvn"));
        Files.writeString(directory.resolve(".mvn/jvm.config"), JVM_CONFIG, StandardCharsets.UTF_8);
        ScaledManuscript.write(seed, times, directory.resolve("manuscript"));
        return directory;
    }

    /** Runs a job with the project's {@code .mvn/jvm.config} moved aside, and puts it back whatever happens. */
    static <T> T withoutJvmConfig(Path directory, Callable<T> job) throws Exception {
        Path config = directory.resolve(".mvn/jvm.config");
        Path aside = directory.resolve(".mvn/jvm.config.aside");
        Files.move(config, aside);
        try {
            return job.call();
        } finally {
            Files.move(aside, config);
        }
    }
}
