package dev.octavo.manuscript;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import dev.octavo.model.NaturalSize;
import org.w3c.dom.Element;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads an image of the manuscript through and says what it is: its format, by its first bytes rather than its
 * name; its own size; and whether it is whole. A book must never lose a figure quietly, so an image that any
 * output could not show (damaged, empty, misnamed, CMYK, an SVG that runs scripts or needs other files) is refused
 * here, when the manuscript is read, with the reason.
 */
final class ImageInspector {
    /** Decoding a raster to this many pixels is enough to read all of its data; more would only cost memory. */
    private static final long DECODED_PIXELS = 1 << 20;

    /** The image formats a book may carry: the EPUB 3.3 core media types for raster images, and SVG. */
    enum Format {
        PNG("image/png", "PNG"), JPEG("image/jpeg", "JPEG"), GIF("image/gif", "GIF"), WEBP("image/webp", "WebP"),
        SVG("image/svg+xml", "SVG");

        final String mediaType;
        final String shown;

        Format(String mediaType, String shown) {
            this.mediaType = mediaType;
            this.shown = shown;
        }

        static Format byExtension(String extension) {
            return switch (extension) {
                case "png" -> PNG;
                case "jpg", "jpeg" -> JPEG;
                case "gif" -> GIF;
                case "webp" -> WEBP;
                case "svg" -> SVG;
                default -> null;
            };
        }
    }

    /** Why an image cannot go into the book, in words for its author. */
    static final class BadImage extends Exception {
        BadImage(String message) {
            super(message);
        }
    }

    record Inspected(Format format, NaturalSize natural) {
    }

    private final double defaultPpi;

    /** @param defaultPpi the resolution of an image that declares none: its pixels' size on paper */
    ImageInspector(double defaultPpi) {
        this.defaultPpi = defaultPpi;
    }

    Inspected inspect(byte[] bytes, Format named) throws BadImage {
        if (bytes.length == 0) {
            throw new BadImage("is an empty file");
        }
        Format actual = sniff(bytes);
        if (actual == null) {
            throw new BadImage("is not a " + named.shown + " image (its content is no image format a book can carry)");
        }
        if (actual != named) {
            throw new BadImage("is a " + actual.shown + " image, not " + named.shown
                    + ": rename it so that its extension says what it is");
        }
        NaturalSize size = actual == Format.SVG ? SvgCheck.check(bytes) : raster(bytes, actual);
        return new Inspected(actual, size);
    }

    /** The format the first bytes say, or null for none of the book's formats. */
    static Format sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        } else if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        } else if (starts(b, 'G', 'I', 'F', '8')) {
            return Format.GIF;
        } else if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return Format.WEBP;
        } else if (SvgCheck.looksLikeSvg(b)) {
            return Format.SVG;
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private NaturalSize raster(byte[] bytes, Format format) throws BadImage {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, false);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new BadImage("has no pixels");
            }
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (format == Format.JPEG && isCmyk(metadata)) {
                throw new BadImage("is a CMYK JPEG: the EPUB and the PDF (PDF/A, sRGB) need RGB images; convert it"
                        + " to sRGB");
            }
            double ppi = declaredPpi(metadata);
            // Every byte is decoded, so that damage anywhere is found now; sampled down, so a large photo costs
            // little memory.
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            reader.read(0, param);
            double points = 72.0 / (ppi > 0 ? ppi : defaultPpi);
            return new NaturalSize(width * points, height * points, width, height);
        } catch (IIOException e) {
            throw new BadImage("is damaged and cannot be decoded (" + reason(e) + ")");
        } catch (IOException | RuntimeException e) {
            // Decoders throw what they like on broken data: IndexOutOfBounds, IllegalArgument, NegativeArraySize…
            throw new BadImage("is damaged and cannot be decoded (" + reason(e) + ")");
        } finally {
            reader.dispose();
        }
    }

    /**
     * A reader of that format. WebP's comes from TwelveMonkeys, asked for by name rather than through ImageIO's
     * registry, which only knows the class path it was first scanned on (not a Maven plugin's).
     */
    private static ImageReader readerFor(Format format) throws BadImage {
        try {
            if (format == Format.WEBP) {
                return new WebPImageReaderSpi().createReaderInstance();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase(Locale.ROOT));
            if (!readers.hasNext()) {
                throw new BadImage("cannot be read: this Java has no " + format.shown + " decoder");
            }
            return readers.next();
        } catch (IOException e) {
            throw new BadImage("cannot be read: " + e.getMessage());
        }
    }

    /** The resolution the file declares (PNG pHYs, JPEG JFIF density), or 0 when it declares none or nonsense. */
    private static double declaredPpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        IIOMetadataNode size = child(child(root, "Dimension"), "HorizontalPixelSize");
        if (size == null) {
            return 0;
        }
        try {
            double millimetresPerPixel = Double.parseDouble(size.getAttribute("value"));
            double ppi = 25.4 / millimetresPerPixel;
            // 1 ppi is what many files say when they mean nothing (JFIF's aspect-ratio-only density).
            return ppi >= 10 && ppi <= 10_000 ? Math.round(ppi * 100) / 100.0 : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isCmyk(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return false;
        }
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        IIOMetadataNode space = child(child(root, "Chroma"), "ColorSpaceType");
        String name = space == null ? "" : space.getAttribute("name");
        return name.equals("CMYK") || name.equals("YCCK");
    }

    private static IIOMetadataNode child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof IIOMetadataNode node && name.equals(node.getNodeName())) {
                return node;
            }
        }
        return null;
    }

    /** Why a decoder gave up, in words: most often the file ends before the image does. */
    private static String reason(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return "the file ends before the image does: it is cut short";
            }
        }
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null ? message : message + ": " + root.getMessage().strip();
    }
}
