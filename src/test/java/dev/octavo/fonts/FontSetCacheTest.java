package dev.octavo.fonts;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The cache with a counting loader: what is loaded how often, and when a folder is read again. */
class FontSetCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger loads = new AtomicInteger();

    private FontSetCache cache(int capacity) {
        return new FontSetCache(capacity, directory -> {
            loads.incrementAndGet();
            return FontSet.of(List.of());
        }, () -> {
            loads.incrementAndGet();
            return FontSet.of(List.of());
        });
    }

    private Path fontsFolder(String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.write(folder.resolve("A-Regular.ttf"), new byte[] {1, 2, 3});
        return folder;
    }

    @Test
    void anUnchangedFolderIsLoadedOnce() throws Exception {
        FontSetCache cache = cache(4);
        Path fonts = fontsFolder("fonts");
        FontSet first = cache.forDirectory(fonts);
        assertSame(first, cache.forDirectory(fonts));
        assertSame(first, cache.forDirectory(dir.resolve("./fonts")), "the same folder by another path");
        assertSame(first, cache.forDirectory(Files.createSymbolicLink(dir.resolve("link"), fonts)), "through a link");
        assertEquals(1, loads.get());
    }

    @Test
    void aChangedAddedOrRemovedFontIsReadAgain() throws Exception {
        FontSetCache cache = cache(4);
        Path fonts = fontsFolder("fonts");
        FontSet first = cache.forDirectory(fonts);

        Files.setLastModifiedTime(fonts.resolve("A-Regular.ttf"), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        FontSet touched = cache.forDirectory(fonts);
        assertNotSame(first, touched);

        Files.write(fonts.resolve("A-Bold.ttf"), new byte[] {4});
        FontSet added = cache.forDirectory(fonts);
        assertNotSame(touched, added);

        Files.delete(fonts.resolve("A-Bold.ttf"));
        assertNotSame(added, cache.forDirectory(fonts));
        assertEquals(4, loads.get());
        assertEquals(1, cache.size(), "a changed folder replaces its own entry");

        Files.writeString(fonts.resolve("OFL.txt"), "licence");
        cache.forDirectory(fonts);
        assertEquals(4, loads.get(), "files that are not fonts do not count");
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedFolders() throws Exception {
        FontSetCache cache = cache(2);
        Path a = fontsFolder("a");
        Path b = fontsFolder("b");
        Path c = fontsFolder("c");
        cache.forDirectory(a);
        cache.forDirectory(b);
        cache.forDirectory(a);
        cache.forDirectory(c);
        assertEquals(2, cache.size());
        assertEquals(3, loads.get());
        cache.forDirectory(a);
        assertEquals(3, loads.get(), "a was used more recently than b");
        cache.forDirectory(b);
        assertEquals(4, loads.get(), "b was dropped");
    }

    @Test
    void theDefaultsAreLoadedOnce() {
        FontSetCache cache = cache(1);
        assertSame(cache.defaults(), cache.defaults());
        assertEquals(1, loads.get());
    }

    @Test
    void threadsAskingForTheSameFolderShareOneLoad() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FontSetCache cache = new FontSetCache(4, directory -> {
            loads.incrementAndGet();
            loading.countDown();
            await(release);
            return FontSet.of(List.of());
        }, () -> FontSet.of(List.of()));
        Path fonts = fontsFolder("fonts");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FontSet>> results = new ArrayList<>();
            results.add(pool.submit(() -> cache.forDirectory(fonts)));
            await(loading);
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> cache.forDirectory(fonts)));
            }
            Thread.sleep(50); // let the other three reach the cache while the first load is still running
            release.countDown();
            FontSet first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<FontSet> result : results) {
                assertSame(first, result.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLoadIsNotKept() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        FontSetCache cache = new FontSetCache(4, directory -> {
            if (attempts.incrementAndGet() == 1) {
                throw new ManuscriptException(Diagnostic.error(SourcePosition.of(directory), "broken font"));
            }
            return FontSet.of(List.of());
        }, () -> FontSet.of(List.of()));
        Path fonts = fontsFolder("fonts");
        assertThrows(ManuscriptException.class, () -> cache.forDirectory(fonts));
        cache.forDirectory(fonts);
        assertEquals(2, attempts.get());
    }

    @Test
    void theSharedCacheGivesTheRealFontsOnceAndTheSameAsALoad() throws Exception {
        Path fonts = dev.octavo.testing.Seed.projectDir().resolve("fonts");
        FontSet shared = FontSetCache.shared().forDirectory(fonts);
        assertSame(shared, FontSetCache.shared().forDirectory(fonts));
        assertEquals(FontSet.fromDirectory(fonts).faces().toString(), shared.faces().toString());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
