package dev.octavo.pdf.engine;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * WebP and GIF figures for the PDF, handed to the renderer as PNG with the same pixels. The EPUB ships the files
 * as they are. PDFBox cannot embed WebP (an EPUB 3.3 core media type) at all, and it takes a two-colour GIF for
 * black and white whatever its palette says; through PNG, both print as they look. WebP is read with
 * TwelveMonkeys' maintained decoder, asked for by name rather than through ImageIO's registry, which knows only
 * the class path it was first scanned on.
 */
final class AsPng {
    enum Kind { WEBP, GIF }

    private AsPng() {
    }

    /** Which of the two the file is, by its first bytes; null for any other file. */
    static Kind of(Path file) throws IOException {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 12) < 12) {
                return null;
            }
        }
        if (head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Kind.WEBP;
        }
        return head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8' ? Kind.GIF : null;
    }

    /** The first frame of the image as PNG bytes. */
    static byte[] convert(Path file, Kind kind) throws IOException {
        ImageReader reader = kind == Kind.WEBP ? new WebPImageReaderSpi().createReaderInstance() : gifReader();
        // From the file's own bytes, cached in memory: the manuscript may lie in a zip or in memory, and ImageIO's
        // own cache would write a temporary file.
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(Files.newInputStream(file))) {
            reader.setInput(in, true, true);
            BufferedImage image = reader.read(0);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("no PNG writer in this Java");
            }
            return png.toByteArray();
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader gifReader() throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
        if (!readers.hasNext()) {
            throw new IOException("no GIF reader in this Java");
        }
        return readers.next();
    }
}
