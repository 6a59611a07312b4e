package dev.octavo.pdf;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Metadata;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The PDF renderer reads files inside the manuscript directory and nothing else, whatever the document asks. */
class PdfWriterTest {
    @TempDir
    Path project;

    @Test
    void theRendererReadsOnlyFilesInsideTheManuscriptAndFetchesNothing() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript/images"));
        Path inside = png(manuscript.resolve("in.png"));
        Path outside = png(project.resolve("secret.png"));
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(inside));

        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = countingServer(connections)) {
            String remote = "http://127.0.0.1:" + server.getLocalPort();
            String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
                    + "@import url(\"" + remote + "/style.css\");"
                    + "html { font-family: Literata; }"
                    + "body { background-image: url(\"" + outside.toUri() + "\"); }"
                    + "p.a { background-image: url(\"" + remote + "/remote.png\"); }"
                    + "p.b { background-image: url(\"../secret.png\"); }"
                    + "p.c { background-image: url(\"" + data + "\"); }"
                    + "</style></head><body><p>Chữ</p>"
                    + "<img src=\"" + inside.toUri() + "\" alt=\"\"/>"
                    + "<p class=\"a\">a</p><p class=\"b\">b</p><p class=\"c\">c</p>"
                    + "</body></html>";
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfWriter.Summary summary = new PdfWriter().write(xhtml, project.resolve("manuscript"), FontSet.defaults(),
                    metadata(), Instant.EPOCH, "none", id -> false, pdf, message -> { });

            assertEquals(Set.of(remote + "/style.css", outside.toUri().toString(), remote + "/remote.png", data),
                    Set.copyOf(summary.refused()));
            assertEquals(0, connections.get(), "connections to the loopback server");
            assertEquals(1, images(pdf.toByteArray()), "only the image inside the manuscript is embedded");
        } catch (SocketException e) {
            throw new IllegalStateException("loopback server failed", e);
        }
    }

    @Test
    void anImageTheRendererCannotDrawStopsTheBuildNamedAndNothingIsFetched() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript/images"));
        // Past the manuscript's own checks (a template's or stylesheet's images are not read then): not a PNG at all.
        Path damaged = Files.writeString(manuscript.resolve("damaged.png"), "not an image");
        Path outside = png(project.resolve("secret.png"));
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket server = countingServer(connections)) {
            String remote = "http://127.0.0.1:" + server.getLocalPort() + "/remote.png";
            String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>T</title>"
                    + "<style>body { font-family: Literata; }</style></head><body><p>Chữ</p>"
                    + "<img src=\"" + damaged.toUri() + "\" alt=\"a\"/><img src=\"" + remote + "\" alt=\"b\"/>"
                    + "<img src=\"" + outside.toUri() + "\" alt=\"c\"/></body></html>";
            dev.octavo.ManuscriptException e = org.junit.jupiter.api.Assertions.assertThrows(
                    dev.octavo.ManuscriptException.class, () -> new PdfWriter().write(xhtml,
                            project.resolve("manuscript"), FontSet.defaults(), metadata(), Instant.EPOCH, "none",
                            id -> false, new ByteArrayOutputStream(), message -> { }));
            assertEquals(List.of("manuscript/images/damaged.png: error: the PDF renderer could not draw this image,"
                            + " so the book would lack it",
                    "manuscript: error: the PDF renderer could not draw the image '" + remote + "' (only files inside"
                            + " the manuscript are read), so the book would lack it",
                    "secret.png: error: the PDF renderer could not draw this image, so the book would lack it"),
                    e.diagnostics().stream().map(d -> d.format(project)).toList());
            assertEquals(0, connections.get(), "connections to the loopback server");
        }
    }

    @Test
    void webLinksStayLinksInThePdfWithoutBeingFetched() throws Exception {
        Path manuscript = Files.createDirectories(project.resolve("manuscript"));
        // A document as Octavo writes them: language, title and the book's font (PDF/UA and PDF/A need them).
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head><title>T</title>"
                + "<style>body { font-family: Literata; }</style></head><body>"
                + "<p><a href=\"https://example.org/1918\">Nguồn</a></p></body></html>";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfWriter.Summary summary = new PdfWriter().write(xhtml, manuscript, FontSet.defaults(), metadata(),
                Instant.EPOCH, "none", id -> false, pdf, message -> { });
        assertEquals(List.of(), summary.refused());
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink)
                    document.getPage(0).getAnnotations().get(0);
            assertEquals("https://example.org/1918",
                    ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) link.getAction()).getURI());
        }
    }

    /** A loopback server that counts the connections made to it: a renderer that fetches anything is caught. */
    private static ServerSocket countingServer(AtomicInteger connections) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread listener = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        listener.setDaemon(true);
        listener.start();
        return server;
    }

    private static Path png(Path file) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static int images(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private static Metadata metadata() {
        return new Metadata("T", "", Locale.forLanguageTag("vi"), List.of(), List.of(), "urn:uuid:00000000-0000-0000-0000-000000000001", "",
                Optional.empty(), "", "", List.of(), dev.octavo.model.PageLayout.A5, Optional.empty());
    }
}
