package dev.octavo.internal;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JVM the Maven goal builds in: started for real, it runs with the settings it was given. */
class TunedJvmTest {
    @TempDir
    Path manuscript;

    @Test
    void aJvmStartedWithTheCommandRunsC1OnlyTheParallelCollectorAndTheBoundedHeap() throws Exception {
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).toList();
        Process process = new ProcessBuilder(TunedJvm.command(classPath, 850, Probe.class.getName(), List.of("x")))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> seen = output.lines().toList();
        assertEquals("TieredStopAtLevel=1", seen.get(0));
        assertTrue(seen.get(1).contains("PS Scavenge"), "the parallel collector: " + seen.get(1));
        long maxMiB = Long.parseLong(seen.get(2));
        assertTrue(maxMiB > 750 && maxMiB <= 850, "the heap's bound, less a survivor space: " + maxMiB);
        assertEquals("[x]", seen.get(3));
    }

    @Test
    void theHeapIsBoundedAt850MiBUnlessTheManuscriptHasMoreMarkdownThanThe200TimesSeed() throws Exception {
        Files.writeString(manuscript.resolve("01-a.md"), "x".repeat(100_000));
        Files.writeString(manuscript.resolve("notes.txt"), "y".repeat(20_000_000)); // not Markdown
        assertEquals(850, TunedJvm.maxHeapMiB(manuscript));
        Path chapters = Files.createDirectories(manuscript.resolve("part"));
        for (int i = 0; i < 10; i++) {
            Files.writeString(chapters.resolve(i + "-b.md"), "z".repeat(1_000_000));
        }
        // 10.1 MB of Markdown at 104 bytes of heap each
        assertEquals((10_100_000L * 104) >> 20, TunedJvm.maxHeapMiB(manuscript));
    }

    @Test
    void theClassDataArchiveOfOctavosBuildIsMadeWithTheSettingsOfTheBuildsJvm() throws Exception {
        // A JVM maps an archive made with other settings only in part, or not at all: pom.xml's cli-class-data.
        String pom = Files.readString(dev.octavo.testing.Seed.projectDir().resolve("pom.xml"));
        String execution = pom.substring(pom.indexOf("<id>cli-class-data</id>"));
        execution = execution.substring(0, execution.indexOf("</execution>"));
        for (String option : TunedJvm.OPTIONS) {
            assertTrue(execution.contains("<argument>" + option + "</argument>"), option);
        }
        assertTrue(execution.contains("<argument>-Xmx" + TunedJvm.LEAST_HEAP_MIB + "m</argument>"));
    }

    @Test
    void anArchiveIsUsedForAClassPathOfOneJarWithItsJsaBesideIt() throws Exception {
        Path jar = Files.writeString(manuscript.resolve("octavo-cli.jar"), "jar");
        assertTrue(TunedJvm.classData(List.of(jar)).isEmpty(), "no archive yet");
        Path archive = Files.writeString(manuscript.resolve("octavo-cli.jsa"), "jsa");
        assertEquals(archive, TunedJvm.classData(List.of(jar)).orElseThrow());
        assertTrue(TunedJvm.command(List.of(jar), 1024, "Main", List.of()).contains("-XX:SharedArchiveFile=" + archive));
        assertTrue(TunedJvm.classData(List.of(jar, manuscript)).isEmpty(), "a class path of more than the jar");
    }

    /** Prints what the JVM it runs in was given. */
    public static final class Probe {
        public static void main(String[] args) {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            System.out.println("TieredStopAtLevel=" + hotspot.getVMOption("TieredStopAtLevel").getValue());
            System.out.println(ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList());
            System.out.println(Runtime.getRuntime().maxMemory() >> 20);
            System.out.println(Arrays.toString(args));
        }
    }
}
