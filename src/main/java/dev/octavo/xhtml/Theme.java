package dev.octavo.xhtml;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * The styles a book is rendered with, in three layers, file by file: the house style shipped in Octavo's jar, a
 * named theme from the class path over it (a jar with its files under {@value #THEMES}{@code <name>/}), and a
 * project's {@code styles/} folder over both. A project may override one stylesheet or template and keep the rest.
 */
public final class Theme {
    static final String DEFAULT_STYLES = "dev/octavo/theme/styles";
    /** Where a theme jar keeps its files: {@code octavo-themes/<name>/}, its fonts in {@code fonts/} under it. */
    public static final String THEMES = "octavo-themes/";
    /** The files a theme may have, one of which at least tells that it is there. */
    private static final List<String> STYLE_FILES = List.of("epub.css", "print.css", "blocks.ftlx", "epub-chapter.ftlx",
            "epub-cover.ftlx", "epub-glossary.ftlx", "epub-nav.ftlx", "epub-title.ftlx", "print.ftlx");

    private final Optional<Path> directory;
    private final Optional<String> named;

    private Theme(Optional<String> named, Optional<Path> directory) {
        this.named = named;
        this.directory = directory;
    }

    /** The house style alone. */
    public static Theme defaults() {
        return new Theme(Optional.empty(), Optional.empty());
    }

    /** A project's styles over the house style; a missing folder means the house style. */
    public static Theme over(Path directory) {
        return of(Optional.empty(), Optional.of(directory));
    }

    /**
     * A named theme from the class path over the house style, and a project's styles folder over both (a missing
     * folder means none).
     *
     * @throws IllegalArgumentException when no jar on the class path has a theme of that name
     */
    public static Theme of(Optional<String> theme, Optional<Path> styles) {
        theme.ifPresent(name -> {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || themeResources(name).isEmpty()) {
                throw new IllegalArgumentException("there is no theme '" + name + "' on the class path: a theme is a"
                        + " jar with its stylesheets, templates and fonts under " + THEMES + name + "/ (as a"
                        + " dependency of the plugin, or on the command line's class path)");
            }
        });
        return new Theme(theme, styles.filter(Files::isDirectory));
    }

    /** The theme's files that tell it is there: a stylesheet, a template or its fonts folder. */
    private static List<URL> themeResources(String name) {
        ClassLoader loader = Theme.class.getClassLoader();
        List<URL> found = new java.util.ArrayList<>();
        for (String file : STYLE_FILES) {
            Optional.ofNullable(loader.getResource(THEMES + name + "/" + file)).ifPresent(found::add);
        }
        Optional.ofNullable(loader.getResource(THEMES + name + "/fonts/")).ifPresent(found::add);
        return found;
    }

    /** The named theme, if any. */
    public Optional<String> name() {
        return named;
    }

    /**
     * Where the named theme comes from (a file of it, in its jar or folder), for the build's digest; empty without
     * a theme.
     */
    public Optional<URL> location() {
        return named.flatMap(name -> themeResources(name).stream().findFirst());
    }

    /** The class-path folder of the named theme's fonts, when it has one ({@code octavo-themes/<name>/fonts/}). */
    public Optional<String> fontsFolder() {
        return named.map(name -> THEMES + name + "/fonts/")
                .filter(folder -> Theme.class.getClassLoader().getResource(folder) != null);
    }

    public Optional<Path> directory() {
        return directory;
    }

    /** A stylesheet's text, from the project's styles if it has one of that name, else the theme's, else the house's. */
    public String stylesheet(String name) {
        try {
            if (directory.isPresent() && Files.isRegularFile(directory.get().resolve(name))) {
                return Files.readString(directory.get().resolve(name), StandardCharsets.UTF_8);
            }
            if (named.isPresent()) {
                try (InputStream in = Theme.class.getClassLoader()
                        .getResourceAsStream(THEMES + named.get() + "/" + name)) {
                    if (in != null) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(DEFAULT_STYLES + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("stylesheet '" + name + "' is neither in the styles folder nor in the house style");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stylesheet " + name, e);
        }
    }

    /**
     * The file a template name stands for, for messages: the project's own when its styles folder has one, else the
     * house style's place in Octavo's jar.
     */
    Path templateSource(String name) {
        if (directory.isPresent() && Files.isRegularFile(directory.get().resolve(name))) {
            return directory.get().resolve(name);
        }
        if (named.isPresent() && Theme.class.getClassLoader().getResource(THEMES + named.get() + "/" + name) != null) {
            return Path.of(THEMES + named.get(), name);
        }
        return Path.of(DEFAULT_STYLES, name);
    }

    TemplateLoader templateLoader() {
        List<TemplateLoader> layers = new java.util.ArrayList<>();
        if (directory.isPresent()) {
            try {
                layers.add(new InsideFolder(new FileTemplateLoader(directory.get().toFile()), directory.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the styles folder " + directory.get(), e);
            }
        }
        named.ifPresent(name -> layers.add(new ClassTemplateLoader(Theme.class.getClassLoader(), THEMES + name)));
        layers.add(new ClassTemplateLoader(Theme.class.getClassLoader(), DEFAULT_STYLES));
        return layers.size() == 1 ? layers.get(0) : new MultiTemplateLoader(layers.toArray(TemplateLoader[]::new));
    }

    /**
     * The styles folder's loader, whose refusal of a file outside the folder (a link that leads out) is an error of
     * the template that asked for it, rather than an exception of its own.
     */
    private record InsideFolder(FileTemplateLoader files, Path folder) implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return files.findTemplateSource(name);
            } catch (SecurityException e) {
                throw new IOException("'" + name + "' leads out of the styles folder " + folder
                        + "; templates are read only inside it");
            }
        }

        @Override
        public long getLastModified(Object source) {
            return files.getLastModified(source);
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            return files.getReader(source, encoding);
        }

        @Override
        public void closeTemplateSource(Object source) throws IOException {
            files.closeTemplateSource(source);
        }
    }
}
