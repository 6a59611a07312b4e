package dev.octavo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Maven project of a book's author: a pom that only declares Octavo's {@code build} goal, the manuscript, and
 * the {@code .mvn/jvm.config} the README recommends for book projects (the serial collector: same time, a third
 * of the memory). No fonts or styles folder, so the defaults come from Octavo's jar, as for a new user.
 */
final class BookProject {
    static final String PLUGIN = "dev.octavo:octavo:0.1.0-SNAPSHOT";
    /** As in the README's "Using the Maven plugin". */
    static final String JVM_CONFIG = "-XX:+UseSerialGC\n";

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
}
