package dev.octavo.testing;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlessChromiumTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>t</title></head>
            <body><p id="x">hello</p>
            <script>
            setTimeout(() => {
              const late = document.createElement('p');
              late.id = 'late';
              late.textContent = 'later';
              document.body.appendChild(late);
            }, 200);
            </script></body></html>
            """;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void opensEvaluatesWaitsAndTakesAScreenshot(@TempDir Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.open("http://127.0.0.1:" + server.getAddress().getPort() + "/");

            assertEquals("hello", browser.evaluate("document.getElementById('x').textContent"));
            assertEquals("42", browser.evaluate("6 * 7"));
            assertEquals("null", browser.evaluate("undefined"));
            // Escapes both ways: the expression goes out as a JSON string, the value comes back as one.
            assertEquals("q\"b\\c\n\u00e9\uD83D\uDE00</p>",
                    browser.evaluate("'q\"b\\\\c\\n\\u00e9\\ud83d\\ude00</p>'"));
            assertEquals("2", browser.evaluate("'\uD83D\uDE00'.length"));
            assertEquals("{\"a\":[1.5,true,null,\"x\"]}", browser.evaluate("({a: [1.5, true, null, 'x']})"));

            Duration tookLate = browser.waitFor("document.getElementById('late')", Duration.ofSeconds(5));
            assertTrue(tookLate.compareTo(Duration.ofSeconds(5)) < 0, tookLate::toString);
            assertEquals("later", browser.evaluate("document.getElementById('late').textContent"));

            AssertionError never = assertThrows(AssertionError.class,
                    () -> browser.waitFor("document.getElementById('never')", Duration.ofMillis(300)));
            assertTrue(never.getMessage().contains("document.getElementById('never')"), never.getMessage());

            AssertionError boom = assertThrows(AssertionError.class,
                    () -> browser.evaluate("(()=>{throw new Error('boom')})()"));
            assertTrue(boom.getMessage().contains("boom"), boom.getMessage());

            Path png = dir.resolve("page.png");
            browser.screenshot(png, 640, 480);
            byte[] bytes = Files.readAllBytes(png);
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
            // IHDR is the first chunk: its width follows the length and the type, at bytes 16..19.
            assertEquals(640, ByteBuffer.wrap(bytes, 16, 4).getInt());
        } finally {
            server.stop(0);
        }
    }
}
