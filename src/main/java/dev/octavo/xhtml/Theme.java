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
import java.util.Optional;

/**
 * The styles a book is rendered with: a project's {@code styles/} folder, file by file over the house style
 * shipped in Octavo's jar. A project may override one stylesheet or template and keep the rest.
 */
public final class Theme {
    static final String DEFAULT_STYLES = "dev/octavo/theme/styles";

    private final Optional<Path> directory;

    private Theme(Optional<Path> directory) {
        this.directory = directory;
    }

    /** The house style alone. */
    public static Theme defaults() {
        return new Theme(Optional.empty());
    }

    /** A project's styles over the house style; a missing folder means the house style. */
    public static Theme over(Path directory) {
        return Files.isDirectory(directory) ? new Theme(Optional.of(directory)) : defaults();
    }

    public Optional<Path> directory() {
        return directory;
    }

    /** A stylesheet's text, from the project's styles if it has one of that name. */
    public String stylesheet(String name) {
        try {
            if (directory.isPresent() && Files.isRegularFile(directory.get().resolve(name))) {
                return Files.readString(directory.get().resolve(name), StandardCharsets.UTF_8);
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
        return Path.of(DEFAULT_STYLES, name);
    }

    TemplateLoader templateLoader() {
        TemplateLoader house = new ClassTemplateLoader(Theme.class.getClassLoader(), DEFAULT_STYLES);
        if (directory.isEmpty()) {
            return house;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {
                    new InsideFolder(new FileTemplateLoader(directory.get().toFile()), directory.get()), house});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the styles folder " + directory.get(), e);
        }
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
