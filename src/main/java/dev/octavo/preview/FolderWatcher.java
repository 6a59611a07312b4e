package dev.octavo.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and the folders inside them with the JDK's {@link WatchService}, and tells of the files that
 * changed once a burst of changes has settled: an editor's save may be a write, or a new file renamed over the old
 * one (an atomic save), or several files at once. A folder made later is watched too.
 */
final class FolderWatcher implements AutoCloseable {
    /** How long the folders stay quiet before a burst of changes counts as over. */
    static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * @param roots   the folders to watch (those that do not exist are left out)
     * @param ignored a folder whose changes are not told (the output folder, when it lies inside one of them)
     * @param changed told the changed files (relative to nothing: absolute), on the watcher's own thread
     */
    FolderWatcher(List<Path> roots, Path ignored, Consumer<Set<Path>> changed) {
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    watchTree(root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
        Path skip = ignored.toAbsolutePath().normalize();
        thread = new Thread(() -> run(skip, changed), "octavo-preview-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path folder : all.filter(Files::isDirectory).toList()) {
                WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder.toAbsolutePath().normalize());
            }
        }
    }

    private void run(Path ignored, Consumer<Set<Path>> changed) {
        try {
            while (true) {
                Set<Path> files = new TreeSet<>();
                WatchKey key = service.take();
                do {
                    collect(key, files);
                    key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                } while (key != null);
                files.removeIf(file -> file.startsWith(ignored));
                if (!files.isEmpty()) {
                    changed.accept(files);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview stops
        }
    }

    private void collect(WatchKey key, Set<Path> files) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                files.add(folder == null ? Path.of("").toAbsolutePath() : folder);
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            files.add(file);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    watchTree(file);
                } catch (IOException e) {
                    // gone again, or unreadable: the next make of the book reports what it cannot read
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
