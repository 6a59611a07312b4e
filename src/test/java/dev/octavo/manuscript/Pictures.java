package dev.octavo.manuscript;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Small images made in memory for the manuscript tests: a frame and a diagonal, in a few colours. */
final class Pictures {
    private Pictures() {
    }

    static byte[] png(int width, int height) {
        return encode(width, height, "png", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] jpeg(int width, int height) {
        return encode(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] encode(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 220, 240));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(180, 30, 30));
        g.drawRect(0, 0, width - 1, height - 1);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
