package dev.octavo.maven;

import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.epub.EpubValidator;
import dev.octavo.pdf.PdfValidator;
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
 * Validates the published book: the EPUB with EPUBCheck, the PDF with veraPDF (PDF/A-3u and PDF/UA-1). Fails the
 * build on errors and failed rules (and on EPUBCheck warnings, unless {@code failOnWarnings} is false). Run it
 * after {@code build}: by default it is bound to {@code verify}.
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
        List<String> failures = new java.util.ArrayList<>();
        Path epub = outputs.get(Format.EPUB);
        if (epub != null) {
            checkEpub(existing(epub), failures);
        }
        Path pdf = outputs.get(Format.PDF);
        if (pdf != null) {
            checkPdf(existing(pdf), failures);
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join("; ", failures));
        }
    }

    private static Path existing(Path file) throws MojoFailureException {
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException(file + " does not exist: run the build goal first (mvn package)");
        }
        return file;
    }

    private void checkEpub(Path epub, List<String> failures) {
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
            failures.add("EPUBCheck found " + errors + " error(s) and " + warnings + " warning(s) in " + epub.getFileName());
        }
    }

    private void checkPdf(Path pdf, List<String> failures) {
        long start = System.nanoTime();
        List<PdfValidator.Problem> problems = new PdfValidator().validate(pdf);
        problems.forEach(p -> getLog().error(p.toString()));
        getLog().info(String.format(java.util.Locale.ROOT, "veraPDF: PDF/A-3u and PDF/UA-1, %d failed rules in %.1f s (%s)",
                problems.size(), (System.nanoTime() - start) / 1e9, basedir.toPath().relativize(pdf.toAbsolutePath())));
        if (!problems.isEmpty()) {
            failures.add("veraPDF found " + problems.size() + " failed rule(s) in " + pdf.getFileName());
        }
    }
}
