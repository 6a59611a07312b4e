package dev.octavo.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Font sets loaded once per JVM and shared. A Maven reactor builds several books in one JVM, and a long-lived
 * process (a Maven daemon, an IDE, a test suite) builds many times; reading, checking and rewriting the same
 * font files for each build is wasted work.
 *
 * <ul>
 *   <li>A fonts folder is known by its real path, and its set is reused only while every font file in it has the
 *   same path, size, modification time and file key as when it was loaded: an edited, added or removed font is
 *   read again on the next build.</li>
 *   <li>Octavo's default fonts are loaded once: they come from its own jar, which does not change under a running
 *   class loader.</li>
 *   <li>Bounded: at most {@code capacity} folders (a set holds a few MB of font data), least recently used out
 *   first; a folder that changed replaces its own entry.</li>
 *   <li>Thread-safe: builds on several threads ({@code mvn -T}) that ask for the same folder wait for one load and
 *   share it; different folders load in parallel. A load that fails is not kept, so a fixed folder loads next time.</li>
 * </ul>
 */
public final class FontSetCache {
    private static final int SHARED_CAPACITY = 8;
    private static final String DEFAULTS = "<Octavo's default fonts>";

    /**
     * The one cache of this JVM (of this class loader, in Maven: of the plugin's realm, which a reactor reuses).
     * Static on purpose, as the only mutable state of its kind in Octavo: sharing across builds is its point, and
     * it is bounded and synchronised.
     */
    private static final FontSetCache SHARED = new FontSetCache(SHARED_CAPACITY, FontSet::fromDirectory, FontSet::defaults);

    private final int capacity;
    private final Function<Path, FontSet> loadDirectory;
    private final Supplier<FontSet> loadDefaults;
    /** In access order, for least-recently-used eviction; guarded by itself. */
    private final Map<String, Entry> entries;

    /** A loaded (or loading) set and the state of the files it was loaded from. */
    private record Entry(List<FileStamp> stamp, CompletableFuture<FontSet> fonts) {
    }

    /** What identifies one version of a font file without reading it. */
    private record FileStamp(String path, long size, long modifiedNanos, Object fileKey) {
    }

    FontSetCache(int capacity, Function<Path, FontSet> loadDirectory, Supplier<FontSet> loadDefaults) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.loadDirectory = Objects.requireNonNull(loadDirectory);
        this.loadDefaults = Objects.requireNonNull(loadDefaults);
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    public static FontSetCache shared() {
        return SHARED;
    }

    /** The fonts of a folder, as {@link FontSet#fromDirectory} loads them; loaded again only when a font file changed. */
    public FontSet forDirectory(Path directory) {
        Path real;
        List<FileStamp> stamp;
        try {
            real = directory.toRealPath();
            stamp = stamp(real);
        } catch (IOException e) {
            // Missing or unreadable: FontSet reports it with the folder's name, as it does without a cache.
            return loadDirectory.apply(directory);
        }
        return get(real.toString(), stamp, () -> loadDirectory.apply(directory));
    }

    /**
     * The fonts of a book: of its fonts folder when it names one (which must exist), else its theme's when the theme
     * has fonts, else Octavo's defaults.
     *
     * @param themeFonts the theme's fonts folder on the class path ({@code octavo-themes/<name>/fonts/}), if any
     */
    public FontSet forBook(Optional<Path> fontsFolder, Optional<String> themeFonts) {
        return fontsFolder.map(this::forDirectory)
                .orElseGet(() -> themeFonts.map(this::forClassPath).orElseGet(this::defaults));
    }

    /** A theme's fonts from the class path, as {@link FontSet#fromClassPath} loads them, once. */
    public FontSet forClassPath(String folder) {
        return get("<class path>/" + folder, List.of(), () -> FontSet.fromClassPath(folder));
    }

    /** Octavo's default fonts, as {@link FontSet#defaults} loads them, once. */
    public FontSet defaults() {
        return get(DEFAULTS, List.of(), loadDefaults);
    }

    /** How many folders are held now (for tests). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private FontSet get(String source, List<FileStamp> stamp, Supplier<FontSet> load) {
        CompletableFuture<FontSet> fonts;
        boolean loadHere;
        synchronized (entries) {
            Entry entry = entries.get(source);
            loadHere = entry == null || !entry.stamp().equals(stamp);
            if (loadHere) {
                entry = new Entry(stamp, new CompletableFuture<>());
                entries.put(source, entry);
                trim();
            }
            fonts = entry.fonts();
        }
        if (loadHere) {
            // Loaded outside the lock: other folders need not wait, and this folder's other callers wait on the future.
            try {
                fonts.complete(load.get());
            } catch (RuntimeException | Error e) {
                synchronized (entries) {
                    entries.values().removeIf(entry -> entry.fonts() == fonts);
                }
                fonts.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return fonts.join();
        } catch (CompletionException e) {
            // Another thread's load failed: rethrow its exception (e.g. a ManuscriptException naming the bad font).
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void trim() {
        var eldest = entries.keySet().iterator();
        while (entries.size() > capacity && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    /** Every font file below the folder with its size, time and file key, in a stable order. */
    private static List<FileStamp> stamp(Path directory) throws IOException {
        List<FileStamp> stamp = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (!name.endsWith(".ttf") && !name.endsWith(".otf")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    stamp.add(new FileStamp(directory.relativize(file).toString(), attributes.size(),
                            attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                            attributes.fileKey()));
                }
            }
        }
        return stamp;
    }
}
