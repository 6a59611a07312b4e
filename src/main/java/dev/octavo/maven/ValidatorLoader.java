package dev.octavo.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the validators (EPUBCheck, veraPDF) for the check goal, which resolves them when it runs: they are not
 * dependencies of the plugin, because Maven resolves and loads a plugin's every dependency before any of its goals
 * runs, and these two with theirs are half the plugin's jars (a quarter of a second of every {@code mvn package}).
 *
 * <p>Everything is asked of the plugin's own class loader first, as usual, so that the check goal and the
 * validators share Octavo's classes and every library the plugin has. Only Octavo's two classes that call the
 * validators ({@code runs}) are loaded here, from Octavo's jar, so that they link against the validators found
 * here; the plugin's loader has those classes too, but cannot link them.
 */
final class ValidatorLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Set<String> runs;

    /**
     * @param octavoJar  where this plugin's classes are (a jar, or a folder of classes in this repository's tests)
     * @param validators the validators' jars and their dependencies
     * @param runs       the names of the classes to load here rather than from the plugin (nested classes too)
     */
    ValidatorLoader(Path octavoJar, List<Path> validators, Set<String> runs, ClassLoader plugin) {
        super("octavo-validators", urls(octavoJar, validators), plugin);
        this.runs = Set.copyOf(runs);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isRun(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private boolean isRun(String name) {
        int nested = name.indexOf('$');
        return runs.contains(nested < 0 ? name : name.substring(0, nested));
    }

    private static URL[] urls(Path octavoJar, List<Path> validators) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(octavoJar.toUri().toURL());
            for (Path jar : validators) {
                urls.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file: " + e.getMessage(), e);
        }
        return urls.toArray(URL[]::new);
    }
}
