package dev.octavo.maven;

import dev.octavo.Format;
import dev.octavo.ManuscriptException;
import dev.octavo.check.EpubValidator;
import dev.octavo.check.PdfValidator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates the published book: the EPUB with EPUBCheck, the PDF and the print cover with veraPDF against what each
 * claims in its metadata (the PDF PDF/A-3u and PDF/UA-1, the cover PDF/A-3u; PDF/X is not validated). Fails the
 * build on errors and failed rules (and on EPUBCheck warnings, unless {@code failOnWarnings} is false). Run it
 * after {@code build}: by default it is bound to {@code verify}.
 *
 * <p>EPUBCheck and veraPDF are resolved when this goal runs, not as the plugin's dependencies (see
 * {@link ValidatorLoader}): the first check of a machine may download them, as Maven does a plugin.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractOctavoMojo {

    /** Fails the build on EPUBCheck warnings too, not only on errors. */
    @Parameter(property = "octavo.failOnWarnings", defaultValue = "true")
    private boolean failOnWarnings;

    @Component
    private RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remotePluginRepositories}", readonly = true, required = true)
    private List<RemoteRepository> pluginRepositories;

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
        List<Path> pdfs = java.util.stream.Stream.of(outputs.get(Format.PDF), outputs.get(Format.COVER))
                .filter(java.util.Objects::nonNull).toList();
        for (Path output : outputs.values()) {
            requireExists(output);
        }
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        try (ValidatorLoader validators = validators()) {
            // veraPDF's JAXB and EPUBCheck's XML tools find their implementations through the context class loader.
            thread.setContextClassLoader(validators);
            if (epub != null) {
                checkEpub(new EpubValidator(validators), epub, failures);
            }
            for (Path pdf : pdfs) {
                checkPdf(new PdfValidator(validators), pdf, failures);
            }
        } catch (IllegalStateException e) {
            // A validator that cannot be loaded from what was resolved (a repository that serves a broken jar).
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            getLog().debug("could not close the validators' class loader", e);
        } finally {
            thread.setContextClassLoader(context);
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join("; ", failures));
        }
    }

    private static void requireExists(Path file) throws MojoFailureException {
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException(file + " does not exist: run the build goal first (mvn package)");
        }
    }

    /** EPUBCheck and veraPDF, resolved now, beside the classes of this plugin that call them. */
    private ValidatorLoader validators() throws MojoExecutionException {
        long start = System.nanoTime();
        ValidatorResolver resolver = new ValidatorResolver(repositorySystem, repositorySession, pluginRepositories);
        List<Path> jars;
        try {
            jars = resolver.resolve();
        } catch (DependencyResolutionException e) {
            throw new MojoExecutionException("cannot resolve the validators " + resolver.validators() + ": "
                    + e.getMessage(), e);
        }
        getLog().debug(String.format(java.util.Locale.ROOT, "Octavo: %d jars of %s resolved in %.2f s", jars.size(),
                resolver.validators(), (System.nanoTime() - start) / 1e9));
        return new ValidatorLoader(octavoJar(), jars, Set.of(EpubValidator.RUN, PdfValidator.RUN),
                CheckMojo.class.getClassLoader());
    }

    private static Path octavoJar() throws MojoExecutionException {
        try {
            return Path.of(CheckMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new MojoExecutionException("cannot tell where the plugin's own classes are: " + e.getMessage(), e);
        }
    }

    private void checkEpub(EpubValidator validator, Path epub, List<String> failures) {
        long start = System.nanoTime();
        List<EpubValidator.Problem> problems = validator.validate(epub);
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

    private void checkPdf(PdfValidator validator, Path pdf, List<String> failures) {
        long start = System.nanoTime();
        List<PdfValidator.Problem> problems = validator.validate(pdf);
        problems.forEach(p -> getLog().error(p.toString()));
        List<String> claimed = PdfValidator.claimedStandards(pdf);
        getLog().info(String.format(java.util.Locale.ROOT, "veraPDF: %s, %d failed rules in %.1f s (%s)",
                claimed.isEmpty() ? "no standard claimed" : String.join(" and ", claimed), problems.size(), (System.nanoTime() - start) / 1e9, basedir.toPath().relativize(pdf.toAbsolutePath())));
        if (!problems.isEmpty()) {
            failures.add("veraPDF found " + problems.size() + " failed rule(s) in " + pdf.getFileName());
        }
    }
}
