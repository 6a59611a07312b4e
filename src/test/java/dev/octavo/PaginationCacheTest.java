package dev.octavo;

import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pagination a build keeps for the next one: a rebuild of the same inputs skips the first layout pass, a
 * build of changed inputs ignores it, and whatever the cache holds (the right pagination, wrong blank pages,
 * garbage, another book's), the outputs are byte for byte those of a build without it. So are those of a build
 * whose print template ignores the halves of the first pass.
 */
class PaginationCacheTest {
    private static final String FIRST_PASS = "pages before blank pages";
    private static final String FROM_CACHE = "starting from the last build's pagination";
    private static final String CORRECTED = "laying out again";

    @TempDir
    static Path work;
    private static Map<String, byte[]> withoutCache;

    @BeforeAll
    static void buildWithoutCache() throws Exception {
        Path dist = work.resolve("plain");
        build(dist, null, new ArrayList<>());
        withoutCache = contents(dist);
        assertEquals(2, withoutCache.size(), "nothing but the EPUB and the PDF without a cache: " + withoutCache.keySet());
    }

    @Test
    void aRebuildStartsFromTheKeptPaginationAndGivesTheSameBytes() throws Exception {
        Path cache = work.resolve("cache-1");
        List<String> first = new ArrayList<>();
        build(work.resolve("first"), cache, first);
        assertTrue(first.stream().anyMatch(m -> m.contains(FIRST_PASS)), first.toString());
        Path memo = onlyFile(cache);
        String kept = Files.readString(memo);
        assertTrue(kept.contains("\ninputs ") && kept.contains("\nblank ") && kept.contains("\nglossary "), kept);

        List<String> second = new ArrayList<>();
        Path dist = work.resolve("second");
        build(dist, cache, second);
        assertTrue(second.stream().anyMatch(m -> m.contains(FROM_CACHE)), second.toString());
        assertFalse(second.stream().anyMatch(m -> m.contains(FIRST_PASS) || m.contains(CORRECTED)), second.toString());
        assertSameOutputs(dist);
        assertEquals(kept, Files.readString(memo));
    }

    @Test
    void wrongBlankPagesInTheCacheAreCorrectedBeforeAnythingIsDrawn() throws Exception {
        Path cache = work.resolve("cache-2");
        build(work.resolve("seeding"), cache, new ArrayList<>());
        Path memo = onlyFile(cache);
        String inputs = Files.readAllLines(memo).stream().filter(line -> line.startsWith("inputs ")).findFirst().orElseThrow();
        Files.writeString(memo, "octavo-pagination 2\n" + inputs + "\nblank no-such-chapter\nglossary no-such-term 1, 999\n");

        List<String> messages = new ArrayList<>();
        Path dist = work.resolve("corrected");
        build(dist, cache, messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains(CORRECTED)), messages.toString());
        assertSameOutputs(dist);
        assertFalse(Files.readString(memo).contains("no-such"), "the cache holds the corrected pagination");
    }

    @Test
    void aDamagedCacheIsIgnored() throws Exception {
        Path cache = Files.createDirectories(work.resolve("cache-3"));
        build(work.resolve("seeding-3"), cache, new ArrayList<>());
        Files.writeString(onlyFile(cache), "octavo-pagination 2\nblank\n\u0000");

        List<String> messages = new ArrayList<>();
        Path dist = work.resolve("after-damage");
        build(dist, cache, messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains(FIRST_PASS)), messages.toString());
        assertSameOutputs(dist);
    }

    @Test
    void aPaginationKeptForOtherInputsIsIgnored() throws Exception {
        Path cache = work.resolve("cache-4");
        build(work.resolve("seeding-4"), cache, new ArrayList<>());
        Path edited = work.resolve("edited");
        Trees.copy(Seed.manuscript(), edited);
        Path chapter;
        try (var files = Files.list(edited)) {
            chapter = files.filter(f -> f.getFileName().toString().matches("\\d+-.*\\.md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(chapter, Files.readString(chapter) + "\nMột đoạn văn mới ở cuối chương.\n");

        List<String> messages = new ArrayList<>();
        Path dist = work.resolve("edited-with-cache");
        build(edited, dist, cache, messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains(FIRST_PASS)), messages.toString());
        assertFalse(messages.stream().anyMatch(m -> m.contains(FROM_CACHE)), messages.toString());
        Path plain = work.resolve("edited-without-cache");
        build(edited, plain, null, new ArrayList<>());
        Map<String, byte[]> expected = contents(plain);
        Map<String, byte[]> outputs = contents(dist);
        assertEquals(expected.keySet(), outputs.keySet());
        for (String name : outputs.keySet()) {
            assertArrayEquals(expected.get(name), outputs.get(name), name + " differs from the build without a cache");
        }
    }

    /**
     * A project's own print template written before the first pass came in halves: each half is then the whole
     * book. The build sees that (the halves share ids), lays out the whole book instead, and prints the same book.
     */
    @Test
    void aPrintTemplateThatIgnoresThePartsStillGivesTheSameBook() throws Exception {
        String house = Files.readString(Seed.projectDir().resolve("styles/print.ftlx"));
        String ignoring = house.replace("part.opensBook()", "true").replace("part.holds(chapter?index)", "true")
                .replace("part.closesBook() && ", "");
        assertFalse(ignoring.contains("part."), "the test template must not know of parts");
        Path styles = Files.createDirectories(work.resolve("old-styles"));
        Files.writeString(styles.resolve("print.ftlx"), ignoring);

        List<String> messages = new ArrayList<>();
        Path dist = work.resolve("old-template");
        Publisher.builder().manuscript(Seed.manuscript()).styles(styles).output(dist).timestamp(Instant.EPOCH)
                .progress(listInto(messages)).build().publish();
        assertTrue(messages.stream().anyMatch(m -> m.contains("both have id")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains(FIRST_PASS) && !m.contains("parts at once")),
                messages.toString());
        assertSameOutputs(dist);
    }

    @Test
    void theFirstPassOfTheHouseTemplateComesInHalves() throws Exception {
        List<String> messages = new ArrayList<>();
        build(work.resolve("halves"), null, messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains(FIRST_PASS) && m.contains("(2 parts at once)")),
                messages.toString());
    }

    private static void assertSameOutputs(Path dist) throws Exception {
        Map<String, byte[]> outputs = contents(dist);
        assertEquals(withoutCache.keySet(), outputs.keySet());
        for (String name : outputs.keySet()) {
            assertArrayEquals(withoutCache.get(name), outputs.get(name), name + " differs from the build without a cache");
        }
    }

    private static void build(Path dist, Path cache, List<String> messages) {
        build(Seed.manuscript(), dist, cache, messages);
    }

    private static void build(Path manuscript, Path dist, Path cache, List<String> messages) {
        Publisher.builder().manuscript(manuscript).output(dist).cache(cache).timestamp(Instant.EPOCH)
                .progress(listInto(messages)).build().publish();
    }

    /** Not synchronized: the publisher tells its listener one message at a time (SerialProgress). */
    private static ProgressListener listInto(List<String> messages) {
        return new ProgressListener() {
            @Override
            public void step(String message) {
                messages.add(message);
            }

            @Override
            public void detail(String message) {
                messages.add(message);
            }
        };
    }

    private static Path onlyFile(Path directory) throws Exception {
        try (var files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static Map<String, byte[]> contents(Path directory) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (var list = Files.list(directory)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
