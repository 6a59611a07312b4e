package dev.octavo.internal;

import java.util.function.Function;

/**
 * Runs code that needs a library Octavo does not always have on its class path (EPUBCheck, veraPDF). The code is
 * a class that is named here, not linked, so that the class that asks for it loads without the library, and the
 * class may come from another class loader: the Maven plugin's check goal resolves the validators only when it
 * runs, so that every other build starts without them (see {@code dev.octavo.maven.ValidatorLoader}).
 */
public final class OptionalLibrary {
    private OptionalLibrary() {
    }

    /**
     * A new instance of {@code className}, a {@code Function} with a constructor without parameters.
     *
     * @param probe   a class of the library: asked for first, so that a missing library is told now, not at the
     *                first call
     * @param library what a user adds to the class path when it is missing, for the message
     * @throws IllegalStateException when the class or the library it needs cannot be loaded
     */
    @SuppressWarnings("unchecked")
    public static <T, R> Function<T, R> function(ClassLoader loader, String className, String probe, String library) {
        try {
            Class.forName(probe, false, loader);
            Class<?> type = Class.forName(className, true, loader);
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true); // the runs are package-private: they are not part of the API
            return (Function<T, R>) constructor.newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(library + " is not on the class path, or cannot be loaded: " + e, e);
        }
    }
}
