package dev.octavo.maven;

import dev.octavo.check.EpubValidator;
import dev.octavo.check.PdfValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check goal's validators, loaded as in Maven: the plugin's class loader (here: this test's class path without
 * the validators' jars) cannot link Octavo's validator runs, and a {@link ValidatorLoader} over those jars can,
 * while the validators' results stay the plugin's own types.
 */
class ValidatorLoaderTest {
    private URLClassLoader plugin;
    private List<Path> validatorJars;
    private Path octavoClasses;

    @BeforeEach
    void pluginWithoutValidators() throws IOException {
        // The plugin's class path as Maven builds it (its runtime dependencies), written by the build.
        Path listed = Path.of(System.getProperty("octavo.projectDir", "."), "target/runtime-classpath.txt");
        Set<Path> runtime = new HashSet<>();
        for (String entry : Files.readString(listed).strip().split(File.pathSeparator)) {
            runtime.add(Path.of(entry));
        }
        octavoClasses = Path.of(EpubValidator.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<URL> kept = new ArrayList<>(List.of(octavoClasses.toUri().toURL()));
        for (Path jar : runtime) {
            kept.add(jar.toUri().toURL());
        }
        // What the check goal resolves: here, whatever the tests have beyond the plugin (JUnit too, unused).
        validatorJars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.toString().endsWith(".jar") && !runtime.contains(path)) {
                validatorJars.add(path);
            }
        }
        plugin = new URLClassLoader(kept.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        assertTrue(validatorJars.stream().anyMatch(jar -> jar.getFileName().toString().startsWith("epubcheck-")),
                "the tests have EPUBCheck, the plugin does not: " + validatorJars);
    }

    @AfterEach
    void close() throws IOException {
        plugin.close();
    }

    @Test
    void thePluginsOwnLoaderCannotValidate() throws Exception {
        Class<?> validator = plugin.loadClass(EpubValidator.class.getName());
        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> validator.getConstructor(ClassLoader.class).newInstance(plugin));
        assertInstanceOf(IllegalStateException.class, thrown.getCause());
        assertTrue(thrown.getCause().getMessage().startsWith("EPUBCheck (org.w3c:epubcheck) is not on the class path"),
                thrown.getCause().getMessage());
    }

    @Test
    void theValidatorLoaderRunsEpubCheckAndGivesThePluginsProblems(@TempDir Path dir) throws Exception {
        Path epub = dir.resolve("broken.epub");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(epub))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        try (ValidatorLoader validators = new ValidatorLoader(octavoClasses, validatorJars,
                Set.of(EpubValidator.RUN, PdfValidator.RUN), plugin)) {
            Class<?> run = validators.loadClass(EpubValidator.RUN);
            assertSame(validators, run.getClassLoader(), "the run links against the validators found here");
            Class<?> problem = plugin.loadClass(EpubValidator.Problem.class.getName());
            assertSame(problem, validators.loadClass(problem.getName()), "results are the plugin's own type");

            Class<?> validator = plugin.loadClass(EpubValidator.class.getName());
            Object instance = validator.getConstructor(ClassLoader.class).newInstance(validators);
            List<?> problems = (List<?>) validator.getMethod("validate", Path.class).invoke(instance, epub);
            assertFalse(problems.isEmpty(), "EPUBCheck finds an EPUB without a container broken");
            problems.forEach(p -> assertSame(problem, p.getClass()));
            assertTrue(problems.stream().anyMatch(p -> p.toString().contains("error")), problems.toString());
        }
    }

    @Test
    void veraPdfLoadsThereToo() throws Exception {
        try (ValidatorLoader validators = new ValidatorLoader(octavoClasses, validatorJars,
                Set.of(EpubValidator.RUN, PdfValidator.RUN), plugin)) {
            Class<?> validator = plugin.loadClass(PdfValidator.class.getName());
            assertEquals(validator.getName(), validator.getConstructor(ClassLoader.class).newInstance(validators)
                    .getClass().getName());
            assertSame(validators, validators.loadClass(PdfValidator.RUN).getClassLoader());
            assertSame(plugin, validators.loadClass(PdfValidator.class.getName()).getClassLoader());
            // The run reads what the file claims through the plugin's PdfValidator: a PDF claiming nothing fails.
            Path plain = Files.createTempFile("plain", ".pdf");
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                pdf.save(plain.toFile());
            }
            Object instance = validator.getConstructor(ClassLoader.class).newInstance(validators);
            List<?> problems = (List<?>) validator.getMethod("validate", Path.class).invoke(instance, plain);
            Files.delete(plain);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).toString().contains("claims no PDF/A or PDF/UA"), problems.toString());
        }
    }

    @Test
    void theBuiltPluginNamesTheValidatorsItResolves() {
        List<String> coordinates = ValidatorResolver.coordinates();
        assertEquals(2, coordinates.size());
        assertTrue(coordinates.get(0).matches("org\\.w3c:epubcheck:\\d+\\.\\d+\\.\\d+"), coordinates.get(0));
        assertTrue(coordinates.get(1).matches("org\\.verapdf:validation-model:\\d+\\.\\d+\\.\\d+"),
                coordinates.get(1));
        assertTrue(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .anyMatch(jar -> jar.endsWith(coordinates.get(0).split(":")[1] + "-"
                                + coordinates.get(0).split(":")[2] + ".jar")),
                "the version resolved is the one Octavo is tested with");
    }
}
