package dev.octavo.epub;

import com.sun.net.httpserver.HttpServer;
import dev.octavo.Format;
import dev.octavo.Publisher;
import dev.octavo.testing.EpubBook;
import dev.octavo.testing.HeadlessChromium;
import dev.octavo.testing.Seed;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's subset fonts in a real browser (headless Chromium, whose font sanitiser refuses malformed fonts): every
 * face of the book loads, and each character a subset has, Vietnamese letters with stacked marks among them, is
 * drawn to the same pixels as by the whole font it was cut from.
 */
class SubsetFontsInBrowserTest {
    private static final Map<String, String> ORIGINALS = Map.of(
            "fonts/literata-400.ttf", "literata/Literata-Regular.ttf",
            "fonts/literata-400-italic.ttf", "literata/Literata-Italic.ttf",
            "fonts/literata-700-italic.ttf", "literata/Literata-BoldItalic.ttf",
            "fonts/be-vietnam-pro-700.ttf", "be-vietnam-pro/BeVietnamPro-Bold.ttf");

    private static final int CELL_WIDTH = 60;
    private static final int CELL_HEIGHT = 64;
    private static final int PER_ROW = 20;

    @TempDir
    Path dir;

    @Test
    void everySubsetLoadsAndDrawsItsCharactersAsTheWholeFontDoes() throws Exception {
        Path epubFile = Publisher.builder().manuscript(Seed.manuscript()).output(dir.resolve("out"))
                .formats(Set.of(Format.EPUB)).timestamp(Instant.parse("2026-01-01T00:00:00Z")).build().publish()
                .epub().orElseThrow();
        EpubBook epub = EpubBook.open(epubFile);
        Map<String, byte[]> served = new HashMap<>();
        epub.entries().forEach((name, bytes) -> served.put("/" + name, bytes));
        Map<String, String> characters = new LinkedHashMap<>();
        for (Map.Entry<String, String> font : ORIGINALS.entrySet()) {
            byte[] subset = epub.bytes(font.getKey());
            served.put("/whole/" + font.getKey(), Files.readAllBytes(Seed.projectDir().resolve("fonts").resolve(font.getValue())));
            characters.put(font.getKey(), charactersOf(subset));
        }
        characters.forEach((font, text) -> {
            served.put("/subset/" + font + ".html", page("../../EPUB/" + font, text));
            served.put("/whole/" + font + ".html", page(font.substring("fonts/".length()), text));
        });

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = served.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            for (String chapter : new String[]{"EPUB/ch01.xhtml", "EPUB/glossary.xhtml"}) {
                chromium.open(base + "/" + chapter);
                String statuses = chromium.evaluate("document.fonts.ready.then(() => JSON.stringify([...document.fonts]"
                        + ".filter(f => f.status !== 'unloaded').map(f => f.family + ' ' + f.weight + ' ' + f.style"
                        + " + ': ' + f.status)))");
                assertTrue(statuses.contains("loaded") && !statuses.contains("error"), chapter + ": " + statuses);
            }
            for (String font : characters.keySet()) {
                BufferedImage subset = shot(chromium, base + "/subset/" + font + ".html", dir.resolve("subset.png"));
                BufferedImage whole = shot(chromium, base + "/whole/" + font + ".html", dir.resolve("whole.png"));
                assertEquals("loaded", chromium.evaluate("document.fonts.ready.then(() => [...document.fonts][0].status)"),
                        font);
                List<String> unlike = new ArrayList<>();
                int[] codePoints = characters.get(font).codePoints().toArray();
                for (int i = 0; i < codePoints.length; i++) {
                    int x = (i % PER_ROW) * CELL_WIDTH;
                    int y = (i / PER_ROW) * CELL_HEIGHT;
                    Ink drawn = Ink.of(subset, x, y);
                    Ink expected = Ink.of(whole, x, y);
                    if (!drawn.like(expected)) {
                        unlike.add(Character.toString(codePoints[i]) + " " + drawn + " instead of " + expected);
                    }
                }
                assertEquals(List.of(), unlike, font + ": characters the subset draws unlike the whole font");
            }
        } finally {
            server.stop(0);
        }
    }

    /** Each character the subset maps to a glyph, but spaces. */
    private static String charactersOf(byte[] font) throws IOException {
        StringBuilder text = new StringBuilder();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            for (int c = 0x21; c < 0x10000; c++) {
                if (cmap.getGlyphId(c) != 0 && !Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT
                        && c != 0xA0) {
                    text.appendCodePoint(c);
                }
            }
        }
        return text.toString();
    }

    /**
     * The ink of one cell: its bounding box and how many pixels are dark. Rasterisers hint a font by what it has (the
     * autohinter measures the x-height on letters a subset may lack), so the same glyph may land a pixel apart and
     * shade its edges otherwise; a wrong glyph, a missing mark or the missing-glyph box is far off.
     */
    private record Ink(int left, int top, int right, int bottom, int dark) {
        static Ink of(BufferedImage image, int x0, int y0) {
            int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1, dark = 0;
            for (int y = y0; y < y0 + CELL_HEIGHT; y++) {
                for (int x = x0; x < x0 + CELL_WIDTH; x++) {
                    if ((image.getRGB(x, y) & 0xFF) < 128) {
                        dark++;
                        left = Math.min(left, x - x0);
                        top = Math.min(top, y - y0);
                        right = Math.max(right, x - x0);
                        bottom = Math.max(bottom, y - y0);
                    }
                }
            }
            return new Ink(left, top, right, bottom, dark);
        }

        boolean like(Ink other) {
            return Math.abs(left - other.left) <= 1 && Math.abs(top - other.top) <= 1 && Math.abs(right - other.right) <= 1
                    && Math.abs(bottom - other.bottom) <= 1 && Math.abs(dark - other.dark) <= Math.max(4, other.dark / 10);
        }
    }

    /** Each character in a box of its own, so that nothing between letters (kerning, ligatures) plays a part. */
    private static byte[] page(String fontUrl, String characters) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
                + "@font-face { font-family: 'Face'; src: url('" + fontUrl + "'); }"
                + "body { margin: 0; width: " + PER_ROW * CELL_WIDTH + "px; font: 36px 'Face'; display: flex;"
                + " flex-wrap: wrap; }"
                + "span { display: block; width: " + CELL_WIDTH + "px; height: " + CELL_HEIGHT + "px; text-align: center;"
                + " line-height: " + CELL_HEIGHT + "px; }"
                + "</style></head><body>");
        characters.codePoints().forEach(c -> html.append("<span>&#").append(c).append(";</span>"));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static BufferedImage shot(HeadlessChromium chromium, String url, Path png) throws IOException {
        chromium.open(url);
        chromium.evaluate("document.fonts.ready.then(() => true)");
        chromium.screenshot(png, PER_ROW * CELL_WIDTH, 12 * CELL_HEIGHT);
        return ImageIO.read(png.toFile());
    }
}
