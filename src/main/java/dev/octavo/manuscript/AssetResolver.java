package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.Asset;
import dev.octavo.model.Image;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves image paths of the manuscript. Only files inside the manuscript directory are ever read;
 * remote URLs are never fetched. Assets are renamed to names Octavo owns ({@code images/img-1.png}),
 * so no manuscript text ever becomes a path inside the book.
 */
final class AssetResolver {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "svg", "image/svg+xml", "webp", "image/webp");

    private final ManuscriptPaths paths;
    private final Diagnostics diagnostics;
    private final Map<Path, Asset> assets = new LinkedHashMap<>();

    AssetResolver(ManuscriptPaths paths, Diagnostics diagnostics) {
        this.paths = paths;
        this.diagnostics = diagnostics;
    }

    Image image(String url, String alt, SourcePosition at) {
        return asset(url, at).map(asset -> new Image(asset, alt)).orElse(null);
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
        String mediaType = MEDIA_TYPES.get(extension);
        if (mediaType == null) {
            diagnostics.error(at, "image '" + url + "' has an unsupported type (use PNG, JPEG, GIF, SVG or WebP)");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(at, "image '" + url + "' does not exist");
            return Optional.empty();
        }
        return Optional.of(assets.computeIfAbsent(file,
                f -> new Asset(f, "images/img-" + (assets.size() + 1) + "." + extension, mediaType)));
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
