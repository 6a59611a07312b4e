package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.Asset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves image paths of the manuscript. Only files inside the manuscript directory are ever read;
 * remote URLs are never fetched. Each file is read through once ({@link ImageInspector}): an image that is
 * damaged, empty or misnamed is an error at every place that uses it. Assets are renamed to names Octavo owns
 * ({@code images/img-1.png}), so no manuscript text ever becomes a path inside the book.
 */
final class AssetResolver {
    private final ManuscriptPaths paths;
    private final Diagnostics diagnostics;
    private final ImageInspector inspector;
    private final Map<Path, Asset> assets = new LinkedHashMap<>();
    /** Why a file was refused, so that each later use is reported without reading it again. */
    private final Map<Path, String> refused = new HashMap<>();

    AssetResolver(ManuscriptPaths paths, Diagnostics diagnostics, ImageInspector inspector) {
        this.paths = paths;
        this.diagnostics = diagnostics;
        this.inspector = inspector;
    }

    Optional<Asset> asset(String url, SourcePosition at) {
        ManuscriptPaths.Target target = paths.resolve(url);
        switch (target.kind()) {
            case URL -> {
                diagnostics.error(at, "image '" + url + "' is not a file of the manuscript (remote images are never fetched)");
                return Optional.empty();
            }
            case INVALID -> {
                diagnostics.error(at, "image path '" + url + "' is not a valid path");
                return Optional.empty();
            }
            case OUTSIDE -> {
                diagnostics.error(at, "image '" + url + "' lies outside the manuscript directory; it was not read");
                return Optional.empty();
            }
            case INSIDE -> {
                // read below
            }
        }
        Path file = target.file();
        String extension = extension(file);
        ImageInspector.Format format = ImageInspector.Format.byExtension(extension);
        if (format == null) {
            diagnostics.error(at, "image '" + url + "' has an unsupported type (use PNG, JPEG, GIF, SVG or WebP)");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(at, "image '" + url + "' does not exist");
            return Optional.empty();
        }
        Asset known = assets.get(file);
        if (known != null) {
            return Optional.of(known);
        }
        String reason = refused.get(file);
        if (reason == null) {
            try {
                ImageInspector.Inspected inspected = inspector.inspect(Files.readAllBytes(file), format);
                Asset asset = new Asset(file, "images/img-" + (assets.size() + 1) + "." + extension,
                        inspected.format().mediaType, inspected.natural());
                assets.put(file, asset);
                return Optional.of(asset);
            } catch (ImageInspector.BadImage e) {
                reason = e.getMessage();
            } catch (IOException e) {
                reason = "cannot be read (" + e.getMessage() + ")";
            }
            refused.put(file, reason);
        }
        diagnostics.error(at, "image '" + url + "' " + reason);
        return Optional.empty();
    }

    List<Asset> all() {
        return new ArrayList<>(assets.values());
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
