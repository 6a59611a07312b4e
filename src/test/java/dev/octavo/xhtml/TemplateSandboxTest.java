package dev.octavo.xhtml;

import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.Publisher;
import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project's templates are not trusted: every way out of FreeMarker's sandbox that a template could try fails the
 * build with the template's file and line, nothing runs, nothing is written.
 */
class TemplateSandboxTest {
    @TempDir
    Path project;

    /** Line 2 of each template tries its way out; the file that would prove it worked is PWNED. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Execute through ?new | <#assign ex='freemarker.template.utility.Execute'?new()>${ex('touch PWNED')} | Instantiating freemarker.template.utility.Execute is not allowed",
            "ObjectConstructor through ?new | <#assign oc='freemarker.template.utility.ObjectConstructor'?new()>${oc('java.io.FileWriter', 'PWNED')} | is not allowed",
            "JythonRuntime through ?new | <#assign jy='freemarker.template.utility.JythonRuntime'?new()><@jy>open('PWNED', 'w')</@jy> | is not allowed",
            "?api | ${chapter.blocks()?api.getClass().forName('java.lang.Runtime')} | ?api",
            "getClass through the model | ${chapter.getClass().getProtectionDomain().getCodeSource()} | getClass",
            "a class's static side through a string | ${chapter.id().getClass().forName('java.lang.Runtime').getRuntime().exec('touch PWNED')} | Expected a hash",
            "a record's constructor through the model | ${chapter.getClass().getConstructors()[0]} | getClass",
            "a method of Object through the model | ${chapter.notify()} | notify",
            "an include outside the theme | <#include '../../../../../../etc/passwd'> | ",
            "an absolute include | <#include '/etc/passwd'> | etc/passwd",
            "an import of a class-path resource outside the house style | <#import '../../../../META-INF/MANIFEST.MF' as m> | ",
    })
    void everyWayOutFailsTheBuildAtTheTemplatesLine(String route, String attempt, String said) throws IOException {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        Path styles = Files.createDirectories(project.resolve("styles"));
        String house = Files.readString(Seed.projectDir().resolve("styles/epub-chapter.ftlx"));
        int firstLineEnd = house.indexOf('\n') + 1;
        Files.writeString(styles.resolve("epub-chapter.ftlx"), house.substring(0, firstLineEnd) + attempt + "\n"
                + house.substring(firstLineEnd), StandardCharsets.UTF_8);

        ManuscriptException failed = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                .manuscript(project.resolve("manuscript")).styles(styles).output(project.resolve("dist"))
                .formats(Set.of(Format.EPUB)).timestamp(Instant.parse("2026-01-01T00:00:00Z"))
                .displayBase(project).build().publish(), route);
        Diagnostic error = failed.errors().get(0);
        String message = error.format(project);
        System.out.println("sandbox: " + route + ": " + message);
        assertTrue(message.startsWith("styles/epub-chapter.ftlx:2:"), route + ": " + message);
        assertTrue(message.contains(": error: the template "), message);
        assertTrue(said == null || message.contains(said.strip()), route + ": " + message);
        assertFalse(message.contains("\tat ") || message.contains("FTL stack trace"), message);
        try (Stream<Path> files = Files.walk(project)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().equals("PWNED")), route + " ran");
        }
        assertFalse(Files.exists(project.resolve("dist")), "nothing written");
        assertTrue(Files.exists(project.resolve("manuscript/book.yaml")), "nothing deleted");
    }

    /** A link in the styles folder that leads out of it is no way out either. */
    @org.junit.jupiter.api.Test
    void anIncludeThroughALinkOutOfTheThemeFails() throws IOException {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        Path styles = Files.createDirectories(project.resolve("styles"));
        Path outside = Files.writeString(project.resolve("secret.ftlx"), "SECRET-TEXT", StandardCharsets.UTF_8);
        Files.createSymbolicLink(styles.resolve("inside.ftlx"), outside);
        String house = Files.readString(Seed.projectDir().resolve("styles/epub-chapter.ftlx"));
        int firstLineEnd = house.indexOf('\n') + 1;
        Files.writeString(styles.resolve("epub-chapter.ftlx"), house.substring(0, firstLineEnd)
                + "<#include 'inside.ftlx'>\n" + house.substring(firstLineEnd), StandardCharsets.UTF_8);
        ManuscriptException failed = assertThrows(ManuscriptException.class, () -> Publisher.builder()
                .manuscript(project.resolve("manuscript")).styles(styles).output(project.resolve("dist"))
                .formats(Set.of(Format.EPUB)).displayBase(project).build().publish());
        String message = failed.errors().get(0).format(project);
        assertTrue(message.startsWith("styles/epub-chapter.ftlx:2:1: error: the template failed: Template inclusion"
                + " failed"), message);
        assertFalse(message.contains("SECRET-TEXT"), message);
        assertFalse(Files.exists(project.resolve("dist")));
    }

    /** The house style itself lives with the policy: the seed, with every template of its own, still builds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"print.ftlx", "epub-chapter.ftlx"})
    void theHouseTemplatesCopiedIntoAProjectStillWork(String template) throws IOException {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        Path styles = Files.createDirectories(project.resolve("styles"));
        Files.copy(Seed.projectDir().resolve("styles").resolve(template), styles.resolve(template));
        var publication = Publisher.builder().manuscript(project.resolve("manuscript")).styles(styles)
                .output(project.resolve("dist")).timestamp(Instant.parse("2026-01-01T00:00:00Z")).build().publish();
        assertEquals(2, publication.outputs().size());
    }
}
