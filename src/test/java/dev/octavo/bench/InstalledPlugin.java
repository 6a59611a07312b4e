package dev.octavo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The book project runs the plugin from the local Maven repository, which other checkouts on the same machine
 * may install over. The benchmark checks that the installed jar is this checkout's before and after its runs,
 * so that it never reports figures of someone else's build.
 */
final class InstalledPlugin {
    private final Path installed;
    private final String digest;

    private InstalledPlugin(Path installed, String digest) {
        this.installed = installed;
        this.digest = digest;
    }

    static InstalledPlugin check(Path projectDir) throws IOException {
        Path built = projectDir.resolve("target/octavo-0.1.0-SNAPSHOT.jar");
        Path repository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        Path installed = repository.resolve("dev/octavo/octavo/0.1.0-SNAPSHOT/octavo-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(built) || !Files.isRegularFile(installed)) {
            throw new IllegalStateException("run `mvn install -DskipTests` first (bench/run does): missing "
                    + (Files.isRegularFile(built) ? installed : built));
        }
        String digest = sha256(built);
        if (!digest.equals(sha256(installed))) {
            throw new IllegalStateException(installed + " is not this checkout's build (another checkout installed"
                    + " over it?); run bench/run again");
        }
        return new InstalledPlugin(installed, digest);
    }

    void checkUnchanged() throws IOException {
        if (!digest.equals(sha256(installed))) {
            throw new IllegalStateException(installed + " changed during the benchmark (another checkout installed"
                    + " over it): the whole-process figures are not this checkout's; run bench/run again");
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
