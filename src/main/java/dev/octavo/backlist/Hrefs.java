package dev.octavo.backlist;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/** Links inside the zip: an href resolved against the entry it is written in, as a reading system resolves it. */
final class Hrefs {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private Hrefs() {
    }

    static boolean external(String href) {
        return SCHEME.matcher(href).find();
    }

    /** The fragment after {@code #}, decoded; empty when there is none. */
    static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? "" : decode(href.substring(hash + 1));
    }

    /**
     * The entry an href names, relative to the entry {@code base} it is written in; empty for an outside address or
     * one that climbs above the zip's root. A fragment-only href names {@code base} itself.
     */
    static Optional<String> resolve(String base, String href) {
        if (external(href)) {
            return Optional.empty();
        }
        String path = href.replaceFirst("[#?].*$", "");
        if (path.isEmpty()) {
            return Optional.of(base);
        }
        path = decode(path);
        String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : ((path.startsWith("/") ? "" : folder) + path).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a stray % is the name as written
        }
    }
}
