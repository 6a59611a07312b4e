package dev.octavo.maven;

import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.epub.EpubValidator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Validates the published EPUB with EPUBCheck and fails the build on errors (and on warnings, unless
 * {@code failOnWarnings} is false). Run it after {@code build}: by default it is bound to {@code verify}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractOctavoMojo {

    /** Fails the build on EPUBCheck warnings too, not only on errors. */
    @Parameter(property = "octavo.failOnWarnings", defaultValue = "true")
    private boolean failOnWarnings;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Octavo: check skipped (octavo.skip)");
            return;
        }
        Map<Format, Path> outputs;
        try {
            outputs = publisher().build().plannedOutputs();
        } catch (ManuscriptException e) {
            throw failure(e);
        }
        Path epub = outputs.get(Format.EPUB);
        if (epub == null) {
            getLog().info("Octavo: no EPUB among the formats; nothing to check");
            return;
        }
        if (!Files.isRegularFile(epub)) {
            throw new MojoFailureException(epub + " does not exist: run the build goal first (mvn package)");
        }
        long start = System.nanoTime();
        List<EpubValidator.Problem> problems = new EpubValidator().validate(epub);
        long errors = problems.stream().filter(EpubValidator.Problem::error).count();
        long warnings = problems.size() - errors;
        problems.forEach(p -> {
            if (p.error()) {
                getLog().error(p.toString());
            } else {
                getLog().warn(p.toString());
            }
        });
        getLog().info(String.format(java.util.Locale.ROOT, "EPUBCheck: %d errors, %d warnings in %.1f s (%s)",
                errors, warnings, (System.nanoTime() - start) / 1e9, basedir.toPath().relativize(epub.toAbsolutePath())));
        if (errors > 0 || (failOnWarnings && warnings > 0)) {
            throw new MojoFailureException("EPUBCheck found " + errors + " error(s) and " + warnings
                    + " warning(s) in " + epub.getFileName());
        }
    }
}
