package dev.octavo.xhtml;

import dev.octavo.Format;
import dev.octavo.Publication;
import dev.octavo.Publisher;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A theme from the class path (the test theme {@code sans-house}: a stylesheet, a template and Be Vietnam Pro as
 * its fonts, under {@code octavo-themes/sans-house/}), in its layer: over the house style, under the project's
 * styles folder; its fonts replace the defaults unless the project names a fonts folder.
 */
class ThemeArtifactTest {
    @TempDir
    Path project;

    private Publication publish(Path styles, Path fonts) throws IOException {
        if (!Files.exists(project.resolve("manuscript"))) {
            Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        }
        return Publisher.builder().manuscript(project.resolve("manuscript")).theme("sans-house").styles(styles)
                .fonts(fonts).output(project.resolve("dist")).formats(Set.of(Format.EPUB))
                // Be Vietnam Pro has no Cyrillic, which the seed quotes: the theme's fonts are the ones checked.
                .missingGlyphs(dev.octavo.Diagnostic.Severity.WARNING)
                .timestamp(Instant.parse("2026-01-01T00:00:00Z")).force(true).build().publish();
    }

    private static String entry(Path epub, String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> fonts(Path epub) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("EPUB/fonts/") && n.endsWith(".ttf")).sorted()
                    .forEach(fonts::add);
        }
        return fonts;
    }

    @Test
    void theThemeIsOverTheHouseStyleWithItsOwnFonts() throws Exception {
        Publication published = publish(null, null);
        Path epub = published.outputs().get(Format.EPUB);
        assertTrue(published.warnings().stream().anyMatch(w -> w.message().contains("(U+0412)")),
                "the glyph check asks the theme's fonts: " + published.warnings());
        String css = entry(epub, "EPUB/css/epub.css");
        assertTrue(css.startsWith("/* The test theme \"sans-house\""), "the theme's stylesheet");
        assertTrue(entry(epub, "EPUB/titlepage.xhtml").contains("Set in the sans-house theme."), "the theme's template");
        assertTrue(entry(epub, "EPUB/ch01.xhtml").contains("epub:type=\"noteref\""), "the house's other templates");
        assertEquals(List.of("EPUB/fonts/be-vietnam-pro-400.ttf", "EPUB/fonts/be-vietnam-pro-700.ttf"), fonts(epub),
                "the theme's fonts instead of the defaults");
    }

    @Test
    void theProjectsStylesAndFontsAreOverTheTheme() throws Exception {
        Path styles = Files.createDirectories(project.resolve("styles"));
        Files.writeString(styles.resolve("epub.css"), "/* the project's own */ html { font-family: \"Literata\", serif; }");
        Path epub = publish(styles, Seed.projectDir().resolve("fonts")).outputs().get(Format.EPUB);
        assertEquals("/* the project's own */ html { font-family: \"Literata\", serif; }", entry(epub, "EPUB/css/epub.css"));
        assertTrue(entry(epub, "EPUB/titlepage.xhtml").contains("Set in the sans-house theme."),
                "the theme's template where the project has none");
        // The project's stylesheet sets everything in Literata, which only the project's fonts folder has; the
        // EPUB carries the faces that text uses (the title page's and the glossary's bold and italic among them).
        assertTrue(fonts(epub).contains("EPUB/fonts/literata-400.ttf"), "the project's fonts folder: " + fonts(epub));
        assertTrue(fonts(epub).stream().noneMatch(f -> f.contains("be-vietnam-pro")), fonts(epub).toString());
    }

    @Test
    void aThemeThatIsNotOnTheClassPathIsNamedInTheError() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Publisher.builder().theme("no-such-house"));
        assertTrue(missing.getMessage().startsWith("there is no theme 'no-such-house' on the class path")
                && missing.getMessage().contains("octavo-themes/no-such-house/"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Publisher.builder().theme("../dev/octavo/theme"),
                "a name is a name, not a path");
        assertFalse(Files.exists(project.resolve("dist")));
    }
}
