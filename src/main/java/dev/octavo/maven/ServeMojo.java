package dev.octavo.maven;

import dev.octavo.preview.PreviewServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;

/**
 * The live preview: {@code mvn octavo:serve} serves the book on {@code http://127.0.0.1:8000/} and keeps the page up
 * to date as the manuscript, styles and fonts change, until Ctrl-C. The outputs are made again in the background
 * after each change, into the same folder as {@code octavo:build}. No default phase: it runs only when asked for.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractOctavoMojo {
    /** The port on 127.0.0.1; 0 for any free one. */
    @Parameter(property = "octavo.port", defaultValue = "8000")
    private int port;

    @Override
    public void execute() throws MojoExecutionException {
        File fontsFolder = fontsFolder();
        PreviewServer.Builder preview = PreviewServer.builder()
                .manuscript(manuscript.toPath())
                .styles(styles.toPath())
                .fonts(fontsFolder == null ? null : fontsFolder.toPath())
                .output(output.toPath())
                .displayBase(basedir.toPath())
                .progress(progress());
        try {
            preview.port(port);
            if (theme != null && !theme.isBlank()) {
                preview.theme(theme);
            }
            formatsWanted().ifPresent(preview::formats);
            missingGlyphsSeverity().ifPresent(preview::missingGlyphs);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        PreviewServer server;
        try {
            server = preview.start();
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        // Ctrl-C ends Maven's JVM: the hook stops the server on the way out, quietly.
        Thread stop = new Thread(server::close, "octavo-preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("Preview: " + server.uri() + " (Ctrl-C stops it)");
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // Maven's JVM is on its way out: the hook runs, and finds the server closed
            }
        }
    }
}
