package dev.octavo.preview;

import dev.octavo.testing.Seed;
import dev.octavo.testing.Tool;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the preview serves, and what it refuses. The browser's view of it is {@link PreviewInBrowserTest}. */
class PreviewServerTest {
    @TempDir
    Path project;

    private PreviewServer start(int port) throws IOException {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        return PreviewServer.builder().manuscript(project.resolve("manuscript")).output(project.resolve("dist"))
                .port(port).start();
    }

    /** The status line of a request sent as it is, byte for byte: no client tidies its path first. */
    private static String statusOf(URI server, String requestLine) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder status = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                status.append((char) c);
            }
            return status.toString();
        }
    }

    @Test
    void servesTheReaderPageAndTheBooksFilesAndNothingElse() throws Exception {
        try (PreviewServer preview = start(0)) {
            URI uri = preview.uri();
            assertEquals("127.0.0.1", uri.getHost());
            assertTrue(uri.getPort() > 0, "port 0 picks a free port");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("new EventSource('events')"), "the reader page follows the events");
            // The book's stylesheet once the book is made.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String css = "";
            while (System.nanoTime() < deadline) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri.resolve("css/epub.css"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    css = response.body();
                    break;
                }
                Thread.sleep(50);
            }
            assertTrue(css.contains("font-family"), "epub.css is served once the book is made: " + css);

            for (String attempt : new String[] {
                    "GET /../../etc/passwd HTTP/1.1",
                    "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
                    "GET /%2E%2E%2F%2E%2E%2Fetc%2Fpasswd HTTP/1.1",
                    "GET /css/../../manuscript/book.yaml HTTP/1.1",
                    "GET /..%2f..%2fetc%2fpasswd HTTP/1.1",
                    "GET //etc/passwd HTTP/1.1",
                    "GET /manuscript/book.yaml HTTP/1.1",
                    "GET /images/ HTTP/1.1",
                    "GET /css/ HTTP/1.1",
                    "GET /fonts HTTP/1.1",
                    "GET /dist/ HTTP/1.1",
            }) {
                assertEquals("HTTP/1.1 404 Not Found", statusOf(uri, attempt), attempt);
            }
            assertTrue(statusOf(uri, "POST / HTTP/1.1").startsWith("HTTP/1.1 405"), "only GET and HEAD");
            assertTrue(statusOf(uri, "GET /css/epub.css HTTP/1.1").startsWith("HTTP/1.1 200"),
                    "the same client gets the book's own files");
        }
    }

    @Test
    void aBusyPortIsAClearErrorAndPortZeroPicksAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            UncheckedIOException busy = assertThrows(UncheckedIOException.class, () -> start(taken.getLocalPort()));
            assertTrue(busy.getMessage().contains("127.0.0.1:" + taken.getLocalPort())
                    && busy.getMessage().contains("in use") && busy.getMessage().contains("port 0"), busy.getMessage());
        }
        try (PreviewServer preview = PreviewServer.builder().manuscript(project.resolve("manuscript"))
                .output(project.resolve("dist")).port(0).start()) {
            assertTrue(preview.uri().getPort() > 0);
        }
        assertThrows(IllegalArgumentException.class, () -> PreviewServer.builder().port(70000));
    }

    @Test
    void theOutputsAreMadeInTheBackgroundAndServed() throws Exception {
        try (PreviewServer preview = start(0)) {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            HttpResponse<byte[]> pdf = null;
            while (System.nanoTime() < deadline) {
                pdf = client.send(HttpRequest.newBuilder(preview.uri().resolve("book.pdf")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (pdf.statusCode() == 200) {
                    break;
                }
                Thread.sleep(100);
            }
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            Path file = project.resolve("served.pdf");
            Files.write(file, pdf.body());
            assertTrue(Tool.run("pdftotext", file.toString(), "-").output().contains("Mục lục"),
                    "the served PDF is the book's");
            HttpResponse<byte[]> epub = client.send(HttpRequest.newBuilder(preview.uri().resolve("book.epub")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, epub.statusCode());
            assertEquals("application/epub+zip", new String(epub.body(), 38, 20, StandardCharsets.US_ASCII));
            assertFalse(Files.exists(project.resolve("manuscript/dist")), "outputs go to the output folder only");
        }
    }

    /** A broken template of the project's styles is told in the page at its own line, as the build tells it. */
    @Test
    void aBrokenTemplateIsToldAtItsLine() throws Exception {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        Path styles = Files.createDirectories(project.resolve("styles"));
        Files.writeString(styles.resolve("epub-chapter.ftlx"), "<#ftl output_format=\"XML\">\n<html>\n<#if chapter.x()>\n");
        try (PreviewServer preview = PreviewServer.builder().manuscript(project.resolve("manuscript")).styles(styles)
                .output(project.resolve("dist")).port(0).start()) {
            HttpResponse<java.io.InputStream> events = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(preview.uri().resolve("events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(events.body(),
                    StandardCharsets.UTF_8))) {
                String problem = null;
                boolean problems = false;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                for (String line = lines.readLine(); line != null && System.nanoTime() < deadline;
                     line = lines.readLine()) {
                    if (line.equals("event: problems")) {
                        problems = true;
                    } else if (problems && line.startsWith("data: [\"")) {
                        problem = line;
                        break;
                    } else if (line.isEmpty()) {
                        problems = false;
                    }
                }
                assertTrue(problem != null && problem.contains("styles/epub-chapter.ftlx:3:18: ")
                        && problem.contains("error: the template cannot be read"), String.valueOf(problem));
            }
        }
    }
}
