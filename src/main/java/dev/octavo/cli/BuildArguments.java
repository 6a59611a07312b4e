package dev.octavo.cli;

import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.Publisher;
import dev.octavo.internal.Timestamps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code build} command's arguments, read in one place: for the build itself, and for the size of the JVM the
 * command line starts for it.
 *
 * @param fonts         null for Octavo's default fonts
 * @param formats       empty for all of them
 * @param timestamp     null when not given
 * @param missingGlyphs null when not given
 */
record BuildArguments(Path manuscript, Path output, String theme, Path styles, Path fonts, Set<Format> formats,
                      Instant timestamp,
                      Diagnostic.Severity missingGlyphs, boolean force, boolean quiet, boolean verbose) {

    /**
     * Reads {@code args} after the word {@code build}, paths resolved against {@code workingDirectory}.
     *
     * @throws IllegalArgumentException on an unknown option, a missing or wrong value, or more than two paths
     */
    static BuildArguments parse(String[] args, Path workingDirectory) {
        Path manuscript = workingDirectory.resolve("manuscript");
        Path output = workingDirectory.resolve("dist");
        Path styles = workingDirectory.resolve("styles");
        Path fonts = null;
        String theme = null;
        Set<Format> formats = EnumSet.noneOf(Format.class);
        Instant timestamp = null;
        Diagnostic.Severity missingGlyphs = null;
        boolean force = false;
        boolean quiet = false;
        boolean verbose = false;
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--manuscript" -> manuscript = workingDirectory.resolve(value(args, ++i, arg));
                case "--output" -> output = workingDirectory.resolve(value(args, ++i, arg));
                case "--styles" -> styles = workingDirectory.resolve(value(args, ++i, arg));
                case "--theme" -> theme = value(args, ++i, arg);
                case "--fonts" -> fonts = workingDirectory.resolve(value(args, ++i, arg));
                case "--format" -> formats = formats(value(args, ++i, arg));
                case "--timestamp" -> timestamp = Timestamps.parse(value(args, ++i, arg));
                case "--missing-glyphs" -> missingGlyphs = Diagnostic.Severity.parse(value(args, ++i, arg));
                case "--force" -> force = true;
                case "--quiet" -> quiet = true;
                case "--verbose" -> verbose = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    positional.add(arg);
                }
            }
        }
        if (positional.size() > 2) {
            throw new IllegalArgumentException("too many arguments: " + positional);
        }
        if (!positional.isEmpty()) {
            manuscript = workingDirectory.resolve(positional.get(0));
        }
        if (positional.size() == 2) {
            output = workingDirectory.resolve(positional.get(1));
        }
        Path defaultFonts = workingDirectory.resolve("fonts");
        if (fonts == null && Files.isDirectory(defaultFonts)) {
            fonts = defaultFonts;
        }
        return new BuildArguments(manuscript, output, theme, styles, fonts, formats, timestamp, missingGlyphs, force,
                quiet, verbose);
    }

    /** The publisher's settings from these arguments; what was not given stays the publisher's default. */
    Publisher.Builder applyTo(Publisher.Builder builder) {
        builder.manuscript(manuscript).output(output).theme(theme).styles(styles).fonts(fonts).formats(formats)
                .force(force);
        if (timestamp != null) {
            builder.timestamp(timestamp);
        }
        if (missingGlyphs != null) {
            builder.missingGlyphs(missingGlyphs);
        }
        return builder;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static Set<Format> formats(String list) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Format::parse).forEach(formats::add);
        return formats;
    }
}
