package dev.octavo.bench;

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
     * As in the README's "As a Maven plugin": the parallel collector with a heap bounded below 1 GiB of memory,
     * starting large enough to keep the layout without a full collection, a young generation large enough for the
     * layout's boxes to die young, what outlives one collection moved to the old generation at once (it is kept
     * to the end, and would otherwise be copied between the survivor spaces at every collection), metaspace room for the plugin's classes without a full collection, and the C1
     * compiler only, which a one-book build never runs long enough to repay C2's compiling.
     */
    static final String JVM_CONFIG =
            "-XX:+UseParallelGC -Xms640m -Xmx1g -XX:NewSize=256m -XX:MaxTenuringThreshold=0 -XX:MetaspaceSize=128m"
                    + " -XX:TieredStopAtLevel=1\n";

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
