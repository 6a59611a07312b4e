package dev.octavo.maven;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Resolves the validators of the check goal, EPUBCheck and veraPDF, with their dependencies, from the build's
 * plugin repositories (the local repository first, as for any plugin). Their versions are the ones Octavo was
 * built and tested with ({@code validators.properties}, filled in by the build).
 */
final class ValidatorResolver {
    static final String VERSIONS = "validators.properties";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final List<String> coordinates = coordinates();

    ValidatorResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    /** groupId:artifactId:version of each validator this resolves. */
    List<String> validators() {
        return coordinates;
    }

    /** The jars of EPUBCheck, veraPDF and their runtime dependencies. */
    List<Path> resolve() throws DependencyResolutionException {
        CollectRequest request = new CollectRequest();
        for (String validator : coordinates) {
            request.addDependency(new Dependency(new DefaultArtifact(validator), "runtime"));
        }
        request.setRepositories(repositories);
        return system.resolveDependencies(session, new DependencyRequest(request, null)).getArtifactResults().stream()
                .map(ArtifactResult::getArtifact)
                .map(artifact -> artifact.getFile().toPath())
                .toList();
    }

    /** groupId:artifactId:version of each validator, as the build wrote them into {@value #VERSIONS}. */
    static List<String> coordinates() {
        Properties versions = new Properties();
        try (InputStream in = ValidatorResolver.class.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                throw new IllegalStateException(VERSIONS + " is missing from the plugin's jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + VERSIONS + " from the plugin's jar", e);
        }
        return List.of(versions.getProperty("epubcheck"), versions.getProperty("verapdf"));
    }
}
