package dev.octavo.testing;

import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.manuscript.BookParser;
import dev.octavo.manuscript.Diagnostics;
import dev.octavo.manuscript.ManuscriptReader;
import dev.octavo.model.Book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The seed book published once per test JVM, shared by the test classes that only read it. */
public final class SeedBook {
    public static final Instant STAMP = Instant.parse("2026-11-27T00:00:00Z");
    private static Publication publication;

    private SeedBook() {
    }

    public static synchronized Publication publication() {
        if (publication == null) {
            try {
                Path out = Files.createTempDirectory("octavo-seed-");
                out.toFile().deleteOnExit();
                publication = publishTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publication;
    }

    /** The seed manuscript read and parsed into the model, for tests that drive a later stage themselves. */
    public static Book model() {
        Diagnostics diagnostics = new Diagnostics();
        return new BookParser().parse(new ManuscriptReader().read(Seed.manuscript(), diagnostics), diagnostics);
    }

    public static Publication publishTo(Path directory) {
        return Publisher.builder()
                .manuscript(Seed.manuscript())
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .output(directory)
                .timestamp(STAMP)
                .build()
                .publish();
    }
}
