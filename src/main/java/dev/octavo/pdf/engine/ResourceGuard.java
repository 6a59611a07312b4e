package dev.octavo.pdf.engine;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The PDF renderer's only way to resources: it may read files inside the manuscript directory and nothing
 * else. Left alone, openhtmltopdf fetches http(s) URLs, reads data: and classpath: resources and opens any
 * file a stylesheet or template names. Two locks, so that neither alone has to be perfect: an access check on
 * every resolved URI, and stream factories that refuse the other protocols and check file URIs again.
 * Refused URIs are recorded so that the build can warn about them. One guard serves one rendering.
 *
 * <p>Public for {@link dev.octavo.pdf.PdfWriter}, which makes one guard for all the documents of a book and reports
 * what it refused; the documents install it themselves ({@link TypesetDocument}).
 */
public final class ResourceGuard {
    /** Protocols the renderer knows how to open by itself; each gets a factory that opens nothing. */
    private static final List<String> REFUSED_PROTOCOLS = List.of("http", "https", "ftp", "jar", "data", "classpath");

    private final Path root;
    /** The scheme of the manuscript's file system: {@code file}, or {@code jar} for a zip, or an in-memory one's. */
    private final String scheme;
    private final Set<String> refused = new LinkedHashSet<>();

    /** @param manuscriptDirectory the only folder whose files the renderer may read (PdfWriter's base directory) */
    public ResourceGuard(Path manuscriptDirectory) {
        this.root = realPath(manuscriptDirectory.toAbsolutePath().normalize());
        this.scheme = root.toUri().getScheme().toLowerCase(Locale.ROOT);
    }

    void install(PdfRendererBuilder builder) {
        builder.useExternalResourceAccessControl((uri, type) -> allows(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory nothing = uri -> {
            refuse(uri);
            return new Opened(null);
        };
        for (String protocol : REFUSED_PROTOCOLS) {
            if (!protocol.equals(scheme)) {
                builder.useProtocolsStreamImplementation(nothing, protocol);
            }
        }
        builder.useProtocolsStreamImplementation(this::openFile, scheme);
    }

    /** The URIs the renderer asked for and did not get, in the order it asked: PdfWriter's summary lists them. */
    public synchronized List<String> refused() {
        return new ArrayList<>(refused);
    }

    boolean allows(String uri) {
        if (inside(uri)) {
            return true;
        }
        refuse(uri);
        return false;
    }

    private FSStream openFile(String uri) {
        if (!allows(uri)) {
            return new Opened(null);
        }
        try {
            Path file = fileOf(URI.create(uri));
            AsPng.Kind convert = AsPng.of(file);
            if (convert != null) {
                // PDFBox draws no WebP, and two-colour GIFs in black and white: the same pixels go in as PNG.
                return new Opened(new ByteArrayInputStream(AsPng.convert(file, convert)));
            }
            return new Opened(Files.newInputStream(file));
        } catch (IOException e) {
            return new Opened(null);
        }
    }

    /**
     * A URI of the manuscript's own file system (a {@code file:} URI, or a zip's {@code jar:} one when the manuscript
     * lies in a zip) naming an existing file whose real path (links followed) lies in the manuscript directory.
     */
    private boolean inside(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!scheme.equals(parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT))) {
                return false;
            }
            Path file = fileOf(parsed).toAbsolutePath().normalize();
            return Files.isRegularFile(file) && realPath(file).startsWith(root);
        } catch (RuntimeException e) {
            // Not a URI of a file Java can find (an unknown file system among them): not the manuscript's.
            return false;
        }
    }

    /**
     * The file a URI of the manuscript's file system names. A {@code file:} URI is Java's to read; another file
     * system's (a zip opened from its path, one in memory) is read against the manuscript's own URI, since such a
     * file system need not be found by URI at all.
     */
    private Path fileOf(URI uri) {
        if ("file".equals(scheme)) {
            return Path.of(uri);
        }
        String base = root.toUri().toString();
        base = base.endsWith("/") ? base : base + "/";
        String text = uri.toString();
        if (!text.startsWith(base)) {
            throw new IllegalArgumentException("not inside the manuscript: " + uri);
        }
        String relative = java.net.URLDecoder.decode(text.substring(base.length()).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        return root.resolve(relative);
    }

    /** Records a refusal; a file URI in one spelling ({@code file:///x}), however the renderer wrote it. */
    private synchronized void refuse(String uri) {
        String shown = uri;
        try {
            URI parsed = URI.create(uri);
            if ("file".equalsIgnoreCase(parsed.getScheme())) {
                shown = Path.of(parsed).toUri().toString();
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // Not a URI Java can read: recorded as the renderer wrote it.
        }
        refused.add(shown);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Opened(InputStream stream) implements FSStream {
        @Override
        public InputStream getStream() {
            return stream;
        }

        @Override
        public Reader getReader() {
            return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
    }
}
