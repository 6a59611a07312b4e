package dev.octavo.manuscript;

import dev.octavo.ManuscriptException;
import dev.octavo.Publisher;
import dev.octavo.testing.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * One test per kind of bad image: the whole build is refused with one error that names the manuscript file, the
 * line and column of the image and the reason, in the exact words an author reads; and nothing is written. Each
 * image is used where a real book uses one: as a figure (alone in its paragraph) or in a line of text.
 */
class BadImageTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    Path project;
    Path manuscript;
    Path dist;

    @BeforeEach
    void createManuscript() throws IOException {
        manuscript = Files.createDirectories(project.resolve("manuscript"));
        dist = project.resolve("dist");
        Files.writeString(manuscript.resolve("book.yaml"), "title: Sách có hình hỏng\nlanguage: vi\n"
                + "identifier: urn:uuid:5e0c9a8b-7d6f-4e3a-9b1c-2d4e6f8a0b1c\nfigures: numbered\n", StandardCharsets.UTF_8);
        Files.createDirectories(manuscript.resolve("images"));
    }

    /** A chapter whose line 5 is the figure, the image at column 1. */
    private void figure(String file) throws IOException {
        Files.writeString(manuscript.resolve("01-hinh.md"), "# Chương có hình\n\nMột đoạn văn trước hình.\n\n"
                + "![Sơ đồ của chương](images/" + file + ")\n\nMột đoạn văn sau hình.\n", StandardCharsets.UTF_8);
    }

    /** A chapter whose line 3 has the image in its text, at column 20. */
    private void inline(String file) throws IOException {
        Files.writeString(manuscript.resolve("01-hinh.md"), "# Chương có hình\n\nBiểu tượng nhỏ này ![biểu tượng](images/"
                + file + ") nằm giữa câu.\n", StandardCharsets.UTF_8);
    }

    private void image(String file, byte[] bytes) throws IOException {
        Files.write(manuscript.resolve("images").resolve(file), bytes);
    }

    private void svg(String file, String text) throws IOException {
        image(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes the book, which must fail; its messages as the command line prints them. Nothing may be written. */
    private List<String> refused() {
        Publisher publisher = Publisher.builder()
                .manuscript(manuscript)
                .styles(Seed.projectDir().resolve("styles"))
                .fonts(Seed.projectDir().resolve("fonts"))
                .output(dist)
                .displayBase(project)
                .timestamp(Instant.parse("2026-03-01T00:00:00Z"))
                .build();
        ManuscriptException refused = assertThrows(ManuscriptException.class, publisher::publish);
        assertFalse(Files.exists(dist) && dist.toFile().list().length > 0, "the build wrote "
                + Arrays.toString(dist.toFile().list()));
        return refused.diagnostics().stream().map(d -> d.format(project)).toList();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000)); // noise: the data spans many bytes
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BadImageTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    // --- raster images ---

    @Test
    void aTruncatedPngIsDamaged() throws IOException {
        byte[] whole = png(120, 80);
        image("so-do.png", Arrays.copyOf(whole, whole.length / 2));
        figure("so-do.png");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/so-do.png' is damaged and cannot be"
                + " decoded (Error reading PNG metadata: Invalid chunk length 28896)"), refused());
    }

    @Test
    void anEmptyPngIsRefused() throws IOException {
        image("trong.png", new byte[0]);
        figure("trong.png");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/trong.png' is an empty file"), refused());
    }

    @Test
    void aJpegNamedPngMustBeRenamed() throws IOException {
        image("anh.png", jpeg());
        inline("anh.png");
        assertEquals(List.of("manuscript/01-hinh.md:3:20: error: image 'images/anh.png' is a JPEG image, not PNG:"
                + " rename it so that its extension says what it is"), refused());
    }

    /** A fixture made with ImageMagick (convert -colorspace CMYK): the JDK's JPEG writer cannot write CMYK. */
    @Test
    void aCmykJpegMustBeConvertedToSrgb() throws IOException {
        image("in-an.jpg", resource("/badimages/cmyk.jpg"));
        figure("in-an.jpg");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/in-an.jpg' is a CMYK JPEG: the EPUB and"
                + " the PDF (PDF/A, sRGB) need RGB images; convert it to sRGB"), refused());
    }

    @Test
    void aTruncatedWebpIsDamaged() throws IOException {
        byte[] whole = resource("/realbook/webp-640x400.webp");
        image("xem-truoc.webp", Arrays.copyOf(whole, whole.length * 3 / 5));
        figure("xem-truoc.webp");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/xem-truoc.webp' is damaged and cannot be"
                + " decoded (the file ends before the image does: it is cut short)"), refused());
    }

    // --- SVG drawings ---

    @Test
    void anSvgWithAScriptIsRefused() throws IOException {
        svg("so-do.svg", "<svg xmlns=\"" + SVG_NS + "\" width=\"100\" height=\"50\"><rect width=\"80\" height=\"40\"/>"
                + "<script>alert('xin chào')</script></svg>");
        figure("so-do.svg");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/so-do.svg' has a <script>: a book's"
                + " drawings run no programs"), refused());
    }

    @Test
    void anSvgWithAnEventHandlerIsRefused() throws IOException {
        svg("so-do.svg", "<svg xmlns=\"" + SVG_NS + "\" width=\"100\" height=\"50\" onload=\"alert(1)\">"
                + "<rect width=\"80\" height=\"40\"/></svg>");
        figure("so-do.svg");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/so-do.svg' has an event handler (onload"
                + " on <svg>): a book's drawings run no programs"), refused());
    }

    @Test
    void anSvgThatRefersToAnotherFileIsRefused() throws IOException {
        svg("so-do.svg", "<svg xmlns=\"" + SVG_NS + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"100\""
                + " height=\"50\"><image xlink:href=\"../../secret.png\" width=\"10\" height=\"10\"/></svg>");
        figure("so-do.svg");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/so-do.svg' refers to '../../secret.png'"
                + " (in <image>): an SVG figure must be self-contained, with no other file or address"), refused());
    }

    @Test
    void anSvgThatRefersToAWebAddressIsRefused() throws IOException {
        svg("so-do.svg", "<svg xmlns=\"" + SVG_NS + "\" width=\"100\" height=\"50\"><rect width=\"80\" height=\"40\""
                + " fill=\"url(http://example.org/paint.svg#gradient)\"/></svg>");
        inline("so-do.svg");
        assertEquals(List.of("manuscript/01-hinh.md:3:20: error: image 'images/so-do.svg' refers to"
                + " 'http://example.org/paint.svg#gradient' (in <rect>): an SVG figure must be self-contained, with no"
                + " other file or address"), refused());
    }

    @Test
    void anSvgWithoutASizeIsRefused() throws IOException {
        svg("so-do.svg", "<svg xmlns=\"" + SVG_NS + "\"><rect width=\"80\" height=\"40\"/></svg>");
        figure("so-do.svg");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/so-do.svg' has no size: give its <svg>"
                + " element a width and a height, or a viewBox"), refused());
    }

    @Test
    void anSvgThatIsNotXmlIsRefused() throws IOException {
        svg("so-do.svg", "<svg xmlns=\"" + SVG_NS + "\" width=\"100\" height=\"50\"><rect width=\"80\" height=\"40\">"
                + "</svg>");
        figure("so-do.svg");
        assertEquals(List.of("manuscript/01-hinh.md:5:1: error: image 'images/so-do.svg' is not well-formed XML (The"
                + " element type \"rect\" must be terminated by the matching end-tag \"</rect>\".)"),
                refused());
    }
}
