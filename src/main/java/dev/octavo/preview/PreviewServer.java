package dev.octavo.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.ProgressListener;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.SourcePosition;
import dev.octavo.xhtml.XhtmlDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The author's live preview: the book in a browser, kept up to date as the manuscript, styles and fonts change.
 * It serves, on 127.0.0.1 only:
 * <ul>
 *     <li>{@code /}: one reader page with the EPUB's own documents (title page, chapters, glossary), the contents
 *     from the nav document, the book's fonts and {@code epub.css}; it follows the changes over Server-Sent Events
 *     ({@code /events}) without reloading;</li>
 *     <li>{@code /book.pdf} and {@code /book.epub}: the latest outputs, rebuilt in the background after each
 *     change by the same {@link Publisher} as a build, into the same output folder;</li>
 *     <li>the files the documents name (stylesheets, fonts, images), by their exact place in the book.</li>
 * </ul>
 * Every other path is a 404: nothing is looked up on disk by a name from a request.
 *
 * <pre>{@code
 * try (PreviewServer preview = PreviewServer.builder().manuscript(Path.of("manuscript")).output(Path.of("dist"))
 *         .port(0).start()) {
 *     System.out.println(preview.uri());
 *     preview.awaitClose();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
    /** The port on 127.0.0.1 the preview is served on unless {@link Builder#port(int)} names another. */
    public static final int DEFAULT_PORT = 8000;
    private static final String READER = "/dev/octavo/preview/reader.html";
    /** How long closing waits for a build under way to end. */
    private static final int BUILD_WAIT_SECONDS = 30;

    private final Builder settings;
    private final LiveBook book;
    private final HttpServer http;
    private final EventStream events = new EventStream();
    // Each asks the next for work (a reading asks for outputs, a layout for page marks); once closing, what a build
    // still under way asks for is dropped rather than thrown on the closing thread (their queues are unbounded, so
    // nothing is refused before).
    private final ExecutorService worker = singleThread("octavo-preview");
    private final ExecutorService printer = singleThread("octavo-preview-print");
    private final ScheduledExecutorService pinger = new ScheduledThreadPoolExecutor(1, daemon("octavo-preview-ping"),
            new ThreadPoolExecutor.DiscardPolicy());
    private final FolderWatcher watcher;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicBoolean printWanted = new AtomicBoolean();
    private final AtomicInteger version = new AtomicInteger();
    private final byte[] reader;

    // Written by the worker thread, read by the server's threads.
    private volatile Optional<LiveBook.Documents> shown = Optional.empty();
    private volatile Map<Format, Path> outputs = Map.of();

    private PreviewServer(Builder settings) throws IOException {
        this.settings = settings;
        this.book = new LiveBook(new PreviewSettings(settings.manuscript, Optional.ofNullable(settings.theme),
                Optional.ofNullable(settings.styles),
                Optional.ofNullable(settings.fonts), settings.missingGlyphs));
        try (InputStream in = PreviewServer.class.getResourceAsStream(READER)) {
            reader = Objects.requireNonNull(in, READER).readAllBytes();
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port);
        try {
            http = HttpServer.create(address, 16);
        } catch (BindException e) {
            throw new UncheckedIOException("cannot serve the preview on 127.0.0.1:" + settings.port + ": the port is"
                    + " in use (another preview?); choose another port, or port 0 for any free one", e);
        }
        http.createContext("/", this::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, daemon("octavo-preview-http")));
        List<Path> watched = new ArrayList<>(List.of(settings.manuscript));
        Optional.ofNullable(settings.styles).ifPresent(watched::add);
        Optional.ofNullable(settings.fonts).ifPresent(watched::add);
        watcher = new FolderWatcher(watched, settings.output, files -> want(files, false));
        http.start();
        pinger.scheduleAtFixedRate(events::ping, 15, 15, TimeUnit.SECONDS);
        events.send("pdf", Json.of(Map.of("state", "waiting")));
        want(Set.of(), false);
    }

    /**
     * Starts configuring a preview. Every setting has its default; only the manuscript and output directories must
     * be set before {@link Builder#start()}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Where the preview is: {@code http://127.0.0.1:PORT/}.
     *
     * @return the reader page's address, with the port actually bound (the one chosen by the system when port 0
     *         was asked for)
     */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /**
     * Waits until the preview is closed (by {@link #close()}, from another thread or a shutdown hook). Returns at
     * once when it already is.
     *
     * @throws InterruptedException when the waiting thread is interrupted; the preview keeps running then
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops watching and serving; the open pages' streams end. A build under way is waited for (at most
     * {@link #BUILD_WAIT_SECONDS} s; it cannot be cut short): once this returns, nothing more is written in the output
     * folder, which a caller may then delete.
     */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        // An interrupted caller (a goal stopped by its thread's interrupt) would not wait for the server's own thread,
        // and the port would stay open until that thread ends: the interrupt is kept for after.
        boolean interrupted = Thread.interrupted();
        try {
            watcher.close();
            pinger.shutdownNow();
            worker.shutdownNow();
            printer.shutdownNow();
            events.closeAll();
            http.stop(0);
            ((ExecutorService) http.getExecutor()).shutdownNow();
            awaitEnd(worker);
            awaitEnd(printer);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static ExecutorService singleThread(String name) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemon(name),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    private static void awaitEnd(ExecutorService builds) {
        try {
            builds.awaitTermination(BUILD_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the worker has yet to do; changes that come while it works are taken together. */
    private static final class Pending {
        final Set<Path> files = new TreeSet<>();
        boolean read;
        Runnable printed;
        boolean scheduled;
    }

    private final Pending pending = new Pending();

    /**
     * Asks the worker to read the book again (files changed, or at the start) or, after a PDF's layout, only to mark
     * its page breaks; several asks while it works are done as one.
     */
    private void want(Set<Path> files, boolean marksOnly) {
        synchronized (pending) {
            pending.files.addAll(files);
            pending.read |= !marksOnly;
            if (!pending.scheduled) {
                pending.scheduled = true;
                worker.execute(this::work);
            }
        }
    }

    private void work() {
        while (true) {
            Set<Path> files;
            boolean read;
            Runnable printed;
            synchronized (pending) {
                files = new TreeSet<>(pending.files);
                read = pending.read;
                printed = pending.printed;
                pending.files.clear();
                pending.read = false;
                pending.printed = null;
                if (!read && printed == null) {
                    pending.scheduled = false;
                    return;
                }
            }
            if (printed != null) {
                printed.run();
            }
            refresh(files, read);
        }
    }

    /**
     * Makes the book again (from its files, or only with the last PDF's page breaks), and sends the open pages what
     * changed; after a reading, has the outputs made again. On the worker thread.
     */
    private void refresh(Set<Path> changedFiles, boolean read) {
        long start = System.nanoTime();
        LiveBook.Made made;
        try {
            Optional<LiveBook.Made> remade = read ? Optional.of(book.make()) : book.remark();
            if (remade.isEmpty()) {
                return;
            }
            made = remade.get();
        } catch (RuntimeException e) {
            made = new LiveBook.Made(Optional.empty(), List.of(Diagnostic.error(SourcePosition.of(settings.manuscript),
                    "the preview could not make the book: " + e)), 0, 0);
        }
        List<String> problems = made.problems().stream().map(d -> d.format(settings.displayBase())).toList();
        events.send("problems", Json.of(problems));
        if (read) {
            made.problems().forEach(settings.progress::warning);
        }
        if (made.documents().isEmpty()) {
            settings.progress.step(String.format(Locale.ROOT, "Preview: %s; %d errors, shown in the page over the"
                    + " last good preview", changed(changedFiles), made.problems().stream()
                    .filter(Diagnostic::isError).count()));
            return;
        }
        LiveBook.Documents now = made.documents().get();
        Map<String, Object> update = update(shown, now, version.incrementAndGet());
        int sent = ((Map<?, ?>) update.get("docs")).size();
        shown = Optional.of(now);
        int current = version.get();
        events.send("docs", Json.of(update), () -> Json.of(update(Optional.empty(), now, current)));
        settings.progress.step(String.format(Locale.ROOT, "Preview: %s; %d files parsed, %d chapters rendered, %d"
                        + " documents sent to %d pages in %.2f s", read ? changed(changedFiles) : "page breaks marked",
                made.filesParsed(), made.chaptersRendered(), sent, events.openPages(), (System.nanoTime() - start) / 1e9));
        if (read) {
            print();
        }
    }

    /**
     * What the pages need to show {@code now} when they show {@code before}: the reading order, the documents that
     * differ, and the nav document if it does.
     */
    private static Map<String, Object> update(Optional<LiveBook.Documents> before, LiveBook.Documents now,
                                              int version) {
        Map<String, String> old = new LinkedHashMap<>();
        before.ifPresent(docs -> docs.spine().forEach(doc -> old.put(doc.name(), doc.xhtml())));
        Map<String, Object> docs = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (XhtmlDocument doc : now.spine()) {
            order.add(Map.of("name", doc.name(), "title", doc.title()));
            if (!doc.xhtml().equals(old.get(doc.name()))) {
                docs.put(doc.name(), doc.xhtml());
            }
        }
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("version", version);
        update.put("order", order);
        update.put("docs", docs);
        if (before.isEmpty() || !before.get().nav().xhtml().equals(now.nav().xhtml())) {
            update.put("nav", now.nav().xhtml());
        }
        update.put("style", now.styleStamp());
        update.put("images", now.imageStamps());
        return update;
    }

    /** How long the folders stay unchanged before the outputs are made again. */
    static final long PRINT_QUIET_MILLIS = 1000;
    private ScheduledFuture<?> printLater;
    private boolean printedOnce;

    /**
     * Asks for the outputs to be made again in the background, once the changes have settled; changes while they are
     * made make them once more after.
     */
    private synchronized void print() {
        // The first outputs at once; after a change, once the manuscript has been quiet for a while: an author who
        // saves every few seconds gets the PDF of the last save, and the preview keeps the cores meanwhile.
        if (printLater != null) {
            printLater.cancel(false);
        }
        printLater = pinger.schedule(this::printNow, printedOnce ? PRINT_QUIET_MILLIS : 0, TimeUnit.MILLISECONDS);
        printedOnce = true;
    }

    private void printNow() {
        if (printWanted.getAndSet(true)) {
            return;
        }
        printer.execute(() -> {
            while (printWanted.getAndSet(false) && !Thread.currentThread().isInterrupted()) {
                publish();
            }
        });
    }

    private void publish() {
        long start = System.nanoTime();
        int made = version.get();
        events.send("pdf", Json.of(Map.of("state", "building", "version", made)));
        try {
            Publication publication = settings.publisher()
                    .printLayout((printed, pages, numbering) -> {
                        synchronized (pending) {
                            pending.printed = () -> book.printed(printed, pages, numbering);
                        }
                        want(Set.of(), true);
                    })
                    .build().publish();
            outputs = publication.outputs();
            events.send("pdf", Json.of(Map.of("state", "ready", "version", made, "pages", publication.pageCount(),
                    "seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0)));
        } catch (ManuscriptException e) {
            events.send("pdf", Json.of(Map.of("state", "failed", "version", made, "message",
                    e.errors().size() + " errors in the manuscript")));
        } catch (RuntimeException e) {
            settings.progress.warning(Diagnostic.error(SourcePosition.of(settings.output), "the preview's build"
                    + " failed: " + e.getMessage()));
            events.send("pdf", Json.of(Map.of("state", "failed", "version", made, "message",
                    String.valueOf(e.getMessage()))));
        }
    }

    private String changed(Set<Path> files) {
        if (files.isEmpty()) {
            return "made";
        }
        // An editor's temporary file, gone once renamed over the real one, is not worth naming.
        Set<Path> named = files.stream().anyMatch(Files::exists)
                ? new TreeSet<>(files.stream().filter(Files::exists).toList()) : files;
        files = named;
        List<String> names = files.stream().limit(3)
                .map(file -> SourcePosition.of(file).display(settings.displayBase())).toList();
        return String.join(", ", names) + (files.size() > 3 ? " and " + (files.size() - 3) + " more" : "")
                + " changed";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                respond(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null) {
                notFound(exchange);
                return;
            }
            switch (path) {
                case "/" -> respond(exchange, 200, "text/html; charset=utf-8", reader);
                case "/events" -> events.open(exchange);
                case "/book.pdf" -> output(exchange, Format.PDF);
                case "/book.epub" -> output(exchange, Format.EPUB);
                default -> bookFile(exchange, path.substring(1));
            }
        } catch (IOException e) {
            exchange.close(); // the page went away
        }
    }

    /** A stylesheet, font or image the documents name, by its exact place in the book; nothing else. */
    private void bookFile(HttpExchange exchange, String name) throws IOException {
        Optional<LiveBook.Documents> docs = shown;
        if (docs.isEmpty()) {
            notFound(exchange);
            return;
        }
        byte[] style = docs.get().styleFiles().get(name);
        if (style != null) {
            respond(exchange, 200, mediaType(name), style);
            return;
        }
        Path image = docs.get().images().get(name);
        if (image != null && Files.isRegularFile(image)) {
            respond(exchange, 200, mediaType(name), Files.readAllBytes(image));
            return;
        }
        notFound(exchange);
    }

    private void output(HttpExchange exchange, Format format) throws IOException {
        Path file = outputs.get(format);
        if (file == null || !Files.isRegularFile(file)) {
            respond(exchange, 404, "text/plain; charset=utf-8", ("the " + format.extension()
                    + " is not made yet\n").getBytes());
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        respond(exchange, 200, format == Format.PDF ? "application/pdf" : "application/epub+zip",
                Files.readAllBytes(file));
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        respond(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes());
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static String mediaType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (lower.endsWith(".ttf")) {
            return "font/ttf";
        }
        if (lower.endsWith(".otf")) {
            return "font/otf";
        }
        if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        return "application/octet-stream";
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, count.incrementAndGet() == 1 ? name : name + "-" + count.get());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a preview: the same folders and settings as a {@link Publisher}, and the port. */
    public static final class Builder {
        private Path manuscript;
        private Path styles;
        private String theme;
        private Path fonts;
        private Path output;
        private Set<Format> formats = Format.defaults();
        private Diagnostic.Severity missingGlyphs = Diagnostic.Severity.ERROR;
        private Path displayBase;
        private ProgressListener progress = ProgressListener.SILENT;
        private int port = DEFAULT_PORT;

        private Builder() {
        }

        /**
         * The manuscript directory, shown and watched for changes. Required: there is no default.
         *
         * @param directory the folder; it must exist when the preview starts
         * @return this builder
         */
        public Builder manuscript(Path directory) {
            this.manuscript = directory;
            return this;
        }

        /**
         * A styles folder over the house style, as for {@link Publisher.Builder#styles(Path)}; watched for changes
         * too when it exists as the preview starts. Default: none, the house style alone.
         *
         * @param directory the folder, or null for the house style alone
         * @return this builder
         */
        public Builder styles(Path directory) {
            this.styles = directory;
            return this;
        }

        /**
         * A theme from the class path under the project's styles, as {@link Publisher.Builder#theme} takes it.
         *
         * @param name the theme's name, or null for none
         * @return this builder
         * @throws IllegalArgumentException when no jar on the class path has a theme of that name
         */
        public Builder theme(String name) {
            if (name != null) {
                dev.octavo.xhtml.Theme.of(Optional.of(name), Optional.empty());
            }
            this.theme = name;
            return this;
        }

        /**
         * A fonts folder replacing the default fonts, as for {@link Publisher.Builder#fonts(Path)}; watched for
         * changes too when it exists as the preview starts. Default: none, Octavo's default fonts. A folder that
         * is named but missing is an error the page shows.
         *
         * @param directory the folder of TrueType fonts, or null for Octavo's default fonts
         * @return this builder
         */
        public Builder fonts(Path directory) {
            this.fonts = directory;
            return this;
        }

        /**
         * Where the outputs are made in the background, as by a build, and served from as {@code /book.pdf} and
         * {@code /book.epub}. Changes in it are not watched. Required: there is no default.
         *
         * @param directory the folder, made when missing
         * @return this builder
         */
        public Builder output(Path directory) {
            this.output = directory;
            return this;
        }

        /**
         * The outputs made in the background; all of them when none is named, which is the default. The page
         * shows the EPUB's documents whatever the formats.
         *
         * @param wanted the formats, copied; empty for all of them
         * @return this builder
         * @throws NullPointerException when {@code wanted} is null or holds a null
         */
        public Builder formats(Set<Format> wanted) {
            this.formats = wanted.isEmpty() ? Format.defaults() : EnumSet.copyOf(wanted);
            return this;
        }

        /**
         * How a typeset character that no font of the book can draw is reported, as for
         * {@link Publisher.Builder#missingGlyphs(Diagnostic.Severity)}: an error by default: the page then shows it
         * over the last good preview, and no outputs are made until it is mended.
         *
         * @param severity {@link Diagnostic.Severity#ERROR} (the default) or {@link Diagnostic.Severity#WARNING}
         * @return this builder
         * @throws NullPointerException when {@code severity} is null
         */
        public Builder missingGlyphs(Diagnostic.Severity severity) {
            this.missingGlyphs = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Paths in the progress lines and in the problems the page shows are relative to this directory when they
         * lie below it (default: the manuscript's parent).
         *
         * @param directory the folder, or null for the default
         * @return this builder
         */
        public Builder displayBase(Path directory) {
            this.displayBase = directory;
            return this;
        }

        /**
         * Who is told a line each time the book is made again, the problems found, and the background builds'
         * steps (default: {@link ProgressListener#SILENT}, nobody). Called from the preview's own threads, possibly
         * two at once (the reading of a change and a background build).
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException when {@code listener} is null
         */
        public Builder progress(ProgressListener listener) {
            this.progress = Objects.requireNonNull(listener, "progress listener");
            return this;
        }

        /**
         * The port on 127.0.0.1 ({@value #DEFAULT_PORT} by default); 0 for any free one, which
         * {@link PreviewServer#uri()} then tells.
         *
         * @param port the port, from 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException when the port is outside 0 to 65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * Serves the preview, and makes the book for it at once (the page shows it when made). The preview runs on
         * daemon threads until {@link PreviewServer#close()}.
         *
         * @return the running preview, to be closed
         * @throws NullPointerException     when the manuscript or the output directory is not set
         * @throws UncheckedIOException     when the port is in use or the folders cannot be watched
         * @throws IllegalArgumentException when the manuscript folder does not exist
         */
        public PreviewServer start() {
            Objects.requireNonNull(manuscript, "manuscript directory");
            Objects.requireNonNull(output, "output directory");
            if (!Files.isDirectory(manuscript)) {
                // Nothing to watch, nor to show: a misspelt folder, not a book still to be written.
                throw new IllegalArgumentException("there is no manuscript folder at " + manuscript);
            }
            try {
                return new PreviewServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the preview", e);
            }
        }

        private Path displayBase() {
            return displayBase != null ? displayBase : Optional.ofNullable(manuscript.toAbsolutePath().getParent())
                    .orElse(manuscript.toAbsolutePath());
        }

        /** A publisher of the same book, forced: the preview wants the layout it reports even when up to date. */
        private Publisher.Builder publisher() {
            return Publisher.builder().manuscript(manuscript).theme(theme).styles(styles).fonts(fonts).output(output)
                    .formats(formats).missingGlyphs(missingGlyphs).displayBase(displayBase()).progress(progress)
                    .force(true);
        }
    }
}
