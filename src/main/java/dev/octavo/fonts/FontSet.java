package dev.octavo.fonts;

import dev.octavo.Diagnostic;
import dev.octavo.ManuscriptException;
import dev.octavo.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The font faces a book is typeset with: every {@code .ttf}/{@code .otf} below a fonts folder, or the default
 * fonts shipped in Octavo's jar. Immutable once loaded, so one set can serve parallel builds.
 */
public final class FontSet {
    static final String THEME_FONTS = "dev/octavo/theme/fonts/";

    private final List<FontFace> faces;
    private final BitSet covered = new BitSet();

    private FontSet(List<FontFace> faces) {
        this.faces = List.copyOf(faces);
        faces.forEach(face -> covered.or(face.codePoints()));
    }

    /** A set of faces made elsewhere in this package (tests compare renders with other font data). */
    static FontSet of(List<FontFace> faces) {
        return new FontSet(faces);
    }

    public List<FontFace> faces() {
        return faces;
    }

    /**
     * This set with stand-ins: for each family a stylesheet names and the set lacks, the faces of one it has,
     * under the missing name ({@link FamilyStandIns}).
     *
     * @param standIns per missing family name, the family of this set that stands in for it
     */
    public FontSet withStandIns(java.util.Map<String, String> standIns) {
        if (standIns.isEmpty()) {
            return this;
        }
        List<FontFace> all = new java.util.ArrayList<>(faces);
        standIns.forEach((missing, family) -> faces.stream().filter(face -> face.family().equals(family))
                .map(face -> face.as(missing)).forEach(all::add));
        return new FontSet(all);
    }

    /** The distinct family names, in file order. */
    public List<String> families() {
        return faces.stream().map(FontFace::family).distinct().toList();
    }

    /**
     * Whether some face of the set has a glyph for the code point: a character no face has can never be printed.
     * Which family a passage is set in is the stylesheets' choice, so this does not promise that the family of
     * that passage has the glyph (the house style's families all cover Vietnamese).
     */
    public boolean covers(int codePoint) {
        return codePoint >= 0 && covered.get(codePoint);
    }


    /**
     * Loads every font file below {@code directory}; problems name the file. A folder that does not exist is an
     * error, not a reason to fall back to the default fonts: a misspelt folder must not change the book silently.
     */
    public static FontSet fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ManuscriptException(Diagnostic.error(SourcePosition.of(directory),
                    "the fonts folder does not exist (leave it unset to use Octavo's default fonts)"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<FontFace> faces = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(FontSet::isFontFile)
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new ManuscriptException(Diagnostic.error(SourcePosition.of(directory),
                    "cannot read the fonts folder: " + e.getMessage()));
        }
        java.util.Map<Path, Optional<FontLicence>> licences = new java.util.HashMap<>();
        for (Path file : files) {
            try {
                Optional<FontLicence> licence = licences.computeIfAbsent(file.getParent(), FontSet::licenceIn);
                FontLoader.load(file, Files.readAllBytes(file), licence, problems).ifPresent(faces::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(Diagnostic.error(SourcePosition.of(file), "font file cannot be read: " + e.getMessage()));
            }
        }
        if (faces.isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error(SourcePosition.of(directory), "the fonts folder holds no .ttf font"));
        }
        return checked(faces, problems);
    }

    /** The fonts shipped in Octavo's jar (the repository's {@code fonts/}). */
    public static FontSet defaults() {
        return fromClassPath(THEME_FONTS);
    }

    /**
     * The fonts under a folder of the class path ({@code octavo-themes/<name>/fonts/} of a theme jar, or Octavo's
     * own defaults), in a jar or a folder; problems name the entry.
     *
     * @param folder the folder's resource name, ending in {@code /}
     */
    public static FontSet fromClassPath(String folder) {
        ClassLoader loader = FontSet.class.getClassLoader();
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no fonts on the class path under " + folder);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return fromDirectory(Path.of(url.toURI()));
            }
            List<Diagnostic> problems = new ArrayList<>();
            List<FontFace> faces = new ArrayList<>();
            List<String> entries = jarEntries(url, folder);
            for (String entry : entries.stream().filter(FontSet::isFontName).toList()) {
                String parent = entry.substring(0, entry.lastIndexOf('/') + 1);
                List<String> beside = entries.stream().filter(name -> name.startsWith(parent)
                        && name.indexOf('/', parent.length()) < 0).map(name -> name.substring(parent.length())).toList();
                Optional<FontLicence> licence = Optional.empty();
                Optional<String> licenceName = FontLicence.pick(beside);
                if (licenceName.isPresent()) {
                    try (InputStream in = loader.getResourceAsStream(parent + licenceName.get())) {
                        licence = Optional.of(FontLicence.read(Path.of(parent + licenceName.get()), in.readAllBytes()));
                    }
                }
                try (InputStream in = loader.getResourceAsStream(entry)) {
                    FontLoader.load(Path.of(entry), in.readAllBytes(), licence, problems).ifPresent(faces::add);
                }
            }
            if (faces.isEmpty() && problems.isEmpty()) {
                problems.add(Diagnostic.error(SourcePosition.of(Path.of(folder)), "the fonts folder holds no .ttf font"));
            }
            return checked(faces, problems);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the fonts under " + folder, e);
        }
    }

    private static List<String> jarEntries(URL directory, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) directory.openConnection();
        connection.setUseCaches(false);
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith(folder) && !name.endsWith("/")) {
                    names.add(name);
                }
            }
        }
        Collections.sort(names);
        return names;
    }

    /** The licence file in a font's folder, if it has one. */
    private static Optional<FontLicence> licenceIn(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            List<String> names = list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            Optional<String> name = FontLicence.pick(names);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            Path file = folder.resolve(name.get());
            return Optional.of(FontLicence.read(file, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FontSet checked(List<FontFace> faces, List<Diagnostic> problems) {
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            throw new ManuscriptException(problems);
        }
        return new FontSet(faces);
    }

    private static boolean isFontFile(Path path) {
        return isFontName(path.getFileName().toString());
    }

    private static boolean isFontName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ttf") || lower.endsWith(".otf");
    }
}
