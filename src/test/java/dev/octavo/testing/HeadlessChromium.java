package dev.octavo.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven over the Chrome DevTools Protocol with the JDK's own HTTP client and WebSocket,
 * so that tests can open pages of a live server in a real browser. One test thread uses an instance; Chromium's
 * answers arrive on the WebSocket's thread.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LISTENING = "DevTools listening on ";

    private final Process process;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final AtomicInteger lastId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> answers = new ConcurrentHashMap<>();
    private final List<EventWaiter> eventWaiters = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile WebSocket socket;
    /** Why the socket stopped, once it has: later commands fail at once with it instead of waiting 30 s. */
    private volatile Throwable broken;

    private record EventWaiter(String method, CompletableFuture<Map<String, Object>> event) {
    }

    /** An error answer of Chromium's to a command, told apart so that polls can outlast a navigation. */
    private static final class CommandFailed extends IllegalStateException {
        CommandFailed(String message) {
            super(message);
        }
    }

    private HeadlessChromium(Process process, Path profile) {
        this.process = process;
        this.profile = profile;
    }

    /**
     * Starts Chromium on a fresh profile with a blank page and connects to that page. Skips the calling test where
     * Chromium is not installed, unless on CI, where that is a failure (.ci/run installs it).
     */
    public static HeadlessChromium start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) || System.getenv("CI") != null,
                "Chromium is not installed (apt-get install chromium)");
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError(CHROMIUM + " is not installed (apt-get install chromium)");
        }
        Path profile = Files.createTempDirectory("octavo-chromium-");
        Process process;
        try {
            process = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                    "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                    "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1200,900",
                    "about:blank")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
        HeadlessChromium browser = new HeadlessChromium(process, profile);
        try {
            process.getOutputStream().close();
            browser.connect(browser.readDevToolsUrl());
            return browser;
        } catch (IOException | RuntimeException | Error e) {
            try {
                browser.close();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /**
     * Opens {@code url} in the page and returns once it has loaded: its load event fired, or its
     * {@code document.readyState} reads complete; at most 30 s.
     */
    public void open(String url) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        // Registered before the navigation, so that a load quicker than the answer to Page.navigate is not missed.
        CompletableFuture<Map<String, Object>> loaded = nextEvent("Page.loadEventFired");
        try {
            Object navigated = command("Page.navigate", Map.of("url", url));
            Object failure = Json.member(navigated, "errorText");
            if (failure instanceof String text && !text.isEmpty()) {
                throw new AssertionError("Chromium could not open " + url + ": " + text);
            }
            String lastProblem = "";
            while (!loaded.isDone()) {
                try {
                    if ("complete".equals(evaluate("document.readyState"))) {
                        return;
                    }
                } catch (CommandFailed | AssertionError e) {
                    // The document may be swapped for the new one between two polls.
                    lastProblem = "; last poll: " + e.getMessage();
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(url + " did not load in " + WAIT.toSeconds() + " s" + lastProblem);
                }
                sleep(Duration.ofMillis(20));
            }
            if (loaded.isCompletedExceptionally()) {
                throw new IllegalStateException("Chromium went away while opening " + url,
                        loaded.handle((event, cause) -> cause).join());
            }
        } finally {
            eventWaiters.removeIf(waiter -> waiter.event() == loaded);
        }
    }

    /**
     * Evaluates a JavaScript expression in the page, awaiting it if it is a promise, and returns its value: a string
     * as it is, a number, boolean, array or object as its JSON text, null and undefined as {@code "null"}.
     *
     * @throws AssertionError if the expression threw, with what it threw
     */
    public String evaluate(String expression) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("expression", expression);
        params.put("returnByValue", true);
        params.put("awaitPromise", true);
        Object answer = command("Runtime.evaluate", params);
        Object exception = Json.member(answer, "exceptionDetails");
        if (exception != null) {
            Object text = Json.member(exception, "text");
            Object description = Json.member(Json.member(exception, "exception"), "description");
            Object thrownValue = Json.member(Json.member(exception, "exception"), "value");
            throw new AssertionError("JavaScript threw evaluating " + expression + ": " + text
                    + (description != null ? " " + description : thrownValue != null ? " " + thrownValue : ""));
        }
        Object result = Json.member(answer, "result");
        if (result instanceof Map<?, ?> remote && remote.containsKey("value")) {
            Object value = remote.get("value");
            return value instanceof String string ? string : Json.write(value);
        }
        // NaN, Infinity, -0 and BigInts have no JSON, so Chromium sends them as text of their own.
        Object unserializable = Json.member(result, "unserializableValue");
        return unserializable instanceof String text ? text : "null";
    }

    /**
     * Waits until a JavaScript condition holds in the page, polling it every 10 ms, and returns how long that took.
     * A poll that throws (say, the page is being replaced) counts as not yet.
     *
     * @throws AssertionError naming the condition, if it does not hold within {@code timeout}
     */
    public Duration waitFor(String jsCondition, Duration timeout) {
        long start = System.nanoTime();
        String lastProblem = "";
        while (true) {
            try {
                if ("true".equals(evaluate("!!(" + jsCondition + ")"))) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (CommandFailed | AssertionError e) {
                lastProblem = "; last poll: " + e.getMessage();
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms in vain for " + jsCondition
                        + lastProblem);
            }
            sleep(Duration.ofMillis(10));
        }
    }

    /**
     * Writes a PNG screenshot of the page at {@code width} x {@code height} CSS pixels (scale 1). The page keeps
     * that size afterwards, so that what a test evaluates next matches what the picture shows.
     */
    public void screenshot(Path png, int width, int height) throws IOException {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("width", width);
        metrics.put("height", height);
        metrics.put("deviceScaleFactor", 1);
        metrics.put("mobile", false);
        command("Emulation.setDeviceMetricsOverride", metrics);
        Object data = Json.member(command("Page.captureScreenshot", Map.of("format", "png")), "data");
        if (!(data instanceof String base64)) {
            throw new IllegalStateException("Chromium sent no screenshot data");
        }
        Path folder = png.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.write(png, Base64.getDecoder().decode(base64));
    }

    /**
     * Closes the browser: asks it over the socket, then ends its process (forcibly after 5 s) and deletes its
     * profile. Returns within about 15 s whatever state the browser is in; closing again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Taken before the browser goes, since its renderers are no longer its descendants once it has.
        List<ProcessHandle> helpers = process.descendants().toList();
        boolean asked = askToClose();
        boolean interrupted = false;
        try {
            if (!asked) {
                process.destroy();
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
            process.destroyForcibly();
        }
        helpers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        failAll(new IllegalStateException("Chromium was closed"));
        try {
            deleteTree(profile);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends Browser.close; true if it was sent, whether or not the answer beats the browser's exit. */
    private boolean askToClose() {
        WebSocket open = socket;
        if (open == null || broken != null || !process.isAlive()) {
            return false;
        }
        try {
            send("{\"id\":" + lastId.incrementAndGet() + ",\"method\":\"Browser.close\"}", Duration.ofSeconds(2));
            return true;
        } catch (RuntimeException e) {
            // The process is ended by signal instead; the reason is kept for a later failure's message.
            broken = e;
            return false;
        }
    }

    private String readDevToolsUrl() throws IOException {
        CompletableFuture<String> url = new CompletableFuture<>();
        StringBuilder said = new StringBuilder();
        Thread drain = new Thread(() -> drainStderr(url, said), "chromium-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
        try {
            return url.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Chromium did not say where DevTools listen within " + WAIT.toSeconds()
                    + " s; its stderr:\n" + snapshot(said), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + "; its stderr:\n" + snapshot(said),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Chromium started", e);
        }
    }

    /**
     * Reads Chromium's stderr to its end: it would block once the pipe is full. Lines before the DevTools line are
     * kept for the message should the start fail.
     */
    private void drainStderr(CompletableFuture<String> url, StringBuilder said) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (url.isDone()) {
                    continue;
                }
                synchronized (said) {
                    said.append(line).append('\n');
                }
                int listening = line.indexOf(LISTENING);
                if (listening >= 0 && line.startsWith("ws://", listening + LISTENING.length())) {
                    url.complete(line.substring(listening + LISTENING.length()).trim());
                }
            }
            url.completeExceptionally(new IllegalStateException("Chromium closed its stderr before DevTools listened"
                    + exitCode()));
        } catch (IOException | RuntimeException e) {
            url.completeExceptionally(e);
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? " (exit code " + process.exitValue() + ")" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String snapshot(StringBuilder said) {
        synchronized (said) {
            return said.toString();
        }
    }

    private void connect(String browserUrl) {
        int port = URI.create(browserUrl).getPort();
        String pageUrl = findPage(URI.create("http://127.0.0.1:" + port + "/json/list"));
        try {
            socket = http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(pageUrl), new Listener())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not connect to Chromium's page at " + pageUrl, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Chromium's page at " + pageUrl + " did not take the WebSocket within "
                    + WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Chromium", e);
        }
        command("Page.enable", Map.of());
        command("Runtime.enable", Map.of());
    }

    /** The WebSocket address of the first page target; the blank page may take a moment to be listed. */
    private String findPage(URI list) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String lastAnswer = "";
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(list).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                lastAnswer = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && Json.parse(response.body()) instanceof List<?> targets) {
                    for (Object target : targets) {
                        if ("page".equals(Json.member(target, "type"))
                                && Json.member(target, "webSocketDebuggerUrl") instanceof String url) {
                            return url;
                        }
                    }
                }
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while looking for Chromium's page", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Chromium listed no page at " + list + " within " + WAIT.toSeconds()
                        + " s; last answer: " + lastAnswer);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    /** Sends a command and returns its result, waiting at most 30 s for Chromium's answer. */
    private Object command(String method, Map<String, ?> params) {
        if (closed.get()) {
            throw new IllegalStateException("Chromium was closed");
        }
        int id = lastId.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        answers.put(id, answer);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        try {
            // Checked after registering, so that a socket breaking in between still fails this command at once.
            Throwable cause = broken;
            if (cause != null) {
                throw new IllegalStateException("Chromium's socket is closed: " + cause.getMessage(), cause);
            }
            send(Json.write(message), WAIT);
            Map<String, Object> reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Object error = reply.get("error");
            if (error != null) {
                throw new CommandFailed("Chromium refused " + method + ": " + Json.member(error, "message")
                        + " (code " + Json.member(error, "code") + ")");
            }
            return reply.get("result");
        } catch (TimeoutException e) {
            throw new IllegalStateException("Chromium did not answer " + method + " within " + WAIT.toSeconds()
                    + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(method + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + method, e);
        } finally {
            answers.remove(id);
        }
    }

    /** One send at a time: the JDK's WebSocket refuses a text while the previous one is still going out. */
    private synchronized void send(String text, Duration timeout) {
        try {
            socket.sendText(text, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to Chromium: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Chromium did not take a message within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted sending to Chromium", e);
        }
    }

    private CompletableFuture<Map<String, Object>> nextEvent(String method) {
        CompletableFuture<Map<String, Object>> event = new CompletableFuture<>();
        eventWaiters.add(new EventWaiter(method, event));
        return event;
    }

    private void receive(String text) {
        if (!(Json.parse(text) instanceof Map<?, ?> parsed)) {
            throw new IllegalStateException("Chromium sent a message that is not an object: " + text);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) parsed;
        if (message.get("id") instanceof Json.Numeral id) {
            CompletableFuture<Map<String, Object>> answer = answers.get(id.intValue());
            if (answer != null) {
                answer.complete(message);
            }
        } else if (message.get("method") instanceof String method) {
            for (EventWaiter waiter : eventWaiters) {
                if (waiter.method().equals(method) && waiter.event().complete(message)) {
                    eventWaiters.remove(waiter);
                }
            }
        }
    }

    /** Fails every command and event still waited for, so that no one waits out a timeout for a dead socket. */
    private void failAll(Throwable cause) {
        if (broken == null) {
            broken = cause;
        }
        answers.values().forEach(answer -> answer.completeExceptionally(cause));
        eventWaiters.forEach(waiter -> waiter.event().completeExceptionally(cause));
    }

    /** Chromium's messages, which the JDK may hand over in parts (a screenshot is megabytes of base64). */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                try {
                    receive(text);
                } catch (RuntimeException e) {
                    failAll(e);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failAll(new IllegalStateException("Chromium closed the socket (" + statusCode + " " + reason + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failAll(error);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Chromium", e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>(walk.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete Chromium's profile " + root, e);
        }
    }
}
