package dev.octavo.epub;

import dev.octavo.fonts.FontSet;
import dev.octavo.model.Contributor;
import dev.octavo.model.Metadata;
import dev.octavo.model.PageLayout;
import dev.octavo.testing.Seed;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypographicCoverTest {
    private static final FontSet FONTS = FontSet.fromDirectory(Seed.projectDir().resolve("fonts"));

    private static Metadata metadata(String title, String subtitle, String... authors) {
        return new Metadata(title, subtitle, Locale.forLanguageTag("vi"),
                Arrays.stream(authors).map(a -> new Contributor(a, "aut")).toList(), List.of(),
                "urn:uuid:00000000-0000-0000-0000-000000000001", "", Optional.empty(), "", "", List.of(), PageLayout.A5,
                Optional.empty());
    }

    @Test
    void twoRendersOfTheSameBookAreByteIdentical() {
        Metadata book = metadata("Năm 1918: năm đầu tiên của Cách mạng Nga", "Bài học cho hôm nay", "Derek Gunby");
        byte[] first = new TypographicCover().render(book, FONTS);
        byte[] second = new TypographicCover().render(book, FONTS);
        assertTrue(Arrays.equals(first, second), "the cover PNG differs between two renders");
    }

    @Test
    void theCoverIsAPortraitPngWithTextDrawnOnIt() throws Exception {
        byte[] png = new TypographicCover().render(metadata("Tự vệ đỏ", "", "Nguyễn Văn A"), FONTS);
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1600, image.getWidth());
        assertEquals(2400, image.getHeight());
        int ground = image.getRGB(WIDTH_MIDDLE, 20);
        assertTrue(lightPixels(image, 300, 1300) > 1000, "the title is drawn in the upper half");
        assertTrue(lightPixels(image, 1800, 2200) > 500, "the author is drawn near the foot");
        assertFalse(ground == 0, "the ground is painted");
    }

    @Test
    void differentTitlesGiveDifferentCovers() {
        assertFalse(Arrays.equals(new TypographicCover().render(metadata("Một", ""), FONTS),
                new TypographicCover().render(metadata("Hai", ""), FONTS)));
    }

    private static final int WIDTH_MIDDLE = 800;

    /** Pixels in the band of rows that are light like the cover's ink. */
    private static int lightPixels(BufferedImage image, int fromY, int toY) {
        int count = 0;
        for (int y = fromY; y < toY; y += 2) {
            for (int x = 200; x < 1400; x += 2) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) > 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
