package dev.octavo;

import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library example of the README compiles and runs as written (with its paths placed in a scratch folder). */
class ReadmeExampleTest {
    private static final Pattern LIBRARY_EXAMPLE =
            Pattern.compile("### As a library.*?```java\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path work;

    @Test
    void theLibraryExampleCompilesAndPublishes() throws Exception {
        String readme = Files.readString(Seed.projectDir().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = LIBRARY_EXAMPLE.matcher(readme);
        assertTrue(m.find(), "README has no java example under '### As a library'");
        String example = m.group(1);
        String imports = example.lines().filter(l -> l.startsWith("import ")).reduce("", (a, b) -> a + b + "\n");
        String body = example.lines().filter(l -> !l.startsWith("import ")).reduce("", (a, b) -> a + b + "\n")
                // The example's relative paths, resolved in the scratch folder instead of the working directory.
                .replace("Path.of(\"", "root.resolve(\"");
        String source = "package example;\n" + imports
                + "public class Example {\n  public static void run(java.nio.file.Path root) throws Exception {\n"
                + body + "  }\n}\n";
        Path src = Files.createDirectories(work.resolve("src/example")).resolve("Example.java");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Trees.copy(Seed.manuscript(), work.resolve("manuscript"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        Path classes = Files.createDirectories(work.resolve("classes"));
        int status = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertEquals(0, status, source + "\n" + diagnostics.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("example.Example").getMethod("run", Path.class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            run.invoke(null, work);
        } finally {
            System.setOut(original);
        }
        Path pdf = work.resolve("dist/nam-1918-nam-dau-tien-cua-cach-mang-nga.pdf");
        assertTrue(Files.isRegularFile(pdf));
        assertTrue(printed.toString(StandardCharsets.UTF_8).matches("(?s).*\\.pdf: \\d+ pages\\R"),
                printed.toString(StandardCharsets.UTF_8));
    }
}
