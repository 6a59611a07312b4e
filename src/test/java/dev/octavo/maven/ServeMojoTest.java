package dev.octavo.maven;

import dev.octavo.testing.Seed;
import dev.octavo.testing.Trees;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code mvn octavo:serve} as Maven runs it: parameters injected, the address in Maven's log, until stopped. */
class ServeMojoTest {
    @TempDir
    Path project;

    private final List<String> log = new CopyOnWriteArrayList<>();

    private ServeMojo mojo(int port) throws ReflectiveOperationException, IOException {
        Trees.copy(Seed.manuscript(), project.resolve("manuscript"));
        ServeMojo mojo = new ServeMojo();
        set(mojo, "manuscript", project.resolve("manuscript").toFile());
        set(mojo, "styles", project.resolve("styles").toFile());
        set(mojo, "output", project.resolve("dist").toFile());
        set(mojo, "missingGlyphs", "error");
        set(mojo, "basedir", project.toFile());
        set(mojo, "port", port);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add("[INFO] " + content);
            }

            @Override
            public void error(CharSequence content) {
                log.add("[ERROR] " + content);
            }
        });
        return mojo;
    }

    private static void set(ServeMojo mojo, String name, Object value) throws ReflectiveOperationException {
        MojoParameters.set(mojo, name, value);
    }

    @Test
    void servesUntilStoppedAndLetsThePortGo() throws Exception {
        ServeMojo mojo = mojo(0);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread goal = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        goal.start();
        Optional<String> address = Optional.empty();
        for (int i = 0; i < 600 && address.isEmpty(); i++) {
            address = log.stream().filter(line -> line.startsWith("[INFO] Preview: http://127.0.0.1:")).findFirst();
            Thread.sleep(50);
        }
        assertTrue(address.isPresent(), "the address in Maven's log: " + log);
        URI uri = URI.create(address.get().replaceAll("^\\[INFO] Preview: (\\S+) .*$", "$1"));
        assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        goal.interrupt();
        goal.join(20_000);
        assertTrue(!goal.isAlive() && failed.get() == null, "the goal ends when stopped: " + failed.get());
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), uri.getPort()).close(),
                "the port is let go");
    }

    @Test
    void aBusyPortFailsTheGoalWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            MojoExecutionException busy = assertThrows(MojoExecutionException.class,
                    () -> mojo(taken.getLocalPort()).execute());
            assertTrue(busy.getMessage().contains("the port is in use"), busy.getMessage());
        }
    }
}
