package dev.octavo.internal;

import dev.octavo.Diagnostic;
import dev.octavo.Format;
import dev.octavo.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * What the last build of an output folder was made from and what it made, kept beside the outputs as
 * {@value #FILE_NAME}: the digest of its inputs ({@link InputDigest}), each output's checksum and pages, and its
 * warnings. A build whose inputs have the same digest, and whose outputs are still the bytes recorded, has
 * nothing to do. The record is moved into place after the outputs, so that a build cut short in between leaves
 * outputs that do not match it, and the next build makes them again.
 *
 * @param inputs the inputs' digest, 64 hex digits
 */
public record BuildRecord(String inputs, List<Output> outputs, List<Diagnostic> warnings) {
    public static final String FILE_NAME = ".octavo-build";
    private static final String HEADER = "octavo-build 2";

    /**
     * One output file: its format, its plain file name in the output folder, and its {@link #checksum}. A
     * CRC-32C and the length tell an output changed since it was made (an edit, a copy over it), and cost
     * milliseconds where a SHA-256 of the 200× book's outputs took a tenth of a second (C1 has no SHA intrinsic).
     * What must not collide, the inputs' digest, is a SHA-256.
     */
    public record Output(Format format, String file, String checksum, int pages) {
    }

    public BuildRecord {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
    }

    /** The record in {@code directory}; empty when there is none or it cannot be read (a build then runs). */
    public static Optional<BuildRecord> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs ")) {
                return Optional.empty();
            }
            String inputs = lines.get(1).substring("inputs ".length());
            List<Output> outputs = new ArrayList<>();
            List<Diagnostic> warnings = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields[0].equals("output") && fields.length == 5) {
                    outputs.add(new Output(Format.valueOf(fields[1]), fields[2], fields[3],
                            Integer.parseInt(fields[4])));
                } else if (fields[0].equals("warning") && fields.length == 5) {
                    warnings.add(Diagnostic.warning(new SourcePosition(Path.of(unescape(fields[1])),
                            Integer.parseInt(fields[2]), Integer.parseInt(fields[3])), unescape(fields[4])));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new BuildRecord(inputs, outputs, warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or from another version: a full build replaces it
        }
    }

    /** Where each recorded output is, by format, in the output folder {@code directory}. */
    public Map<Format, Path> files(Path directory) {
        Map<Format, Path> files = new EnumMap<>(Format.class);
        outputs.forEach(output -> files.put(output.format(), directory.resolve(output.file())));
        return files;
    }

    /** The recorded PDF's pages; 0 when the build made no PDF. */
    public int pdfPages() {
        return outputs.stream().filter(output -> output.format() == Format.PDF).mapToInt(Output::pages).findFirst()
                .orElse(0);
    }

    /** Whether every recorded output is in {@code directory} with the recorded bytes. */
    public boolean outputsIntact(Path directory) {
        try {
            for (Output output : outputs) {
                Path file = directory.resolve(output.file());
                if (!Files.isRegularFile(file) || !checksum(file).equals(output.checksum())) {
                    return false;
                }
            }
            return !outputs.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The record's bytes: one line each, fields apart by tabs. */
    public byte[] bytes() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("inputs ").append(inputs).append('\n');
        for (Output output : outputs) {
            text.append(String.join("\t", "output", output.format().name(), output.file(), output.checksum(),
                    Integer.toString(output.pages()))).append('\n');
        }
        for (Diagnostic warning : warnings) {
            SourcePosition at = warning.position();
            text.append(String.join("\t", "warning", escape(at.file().toString()), Integer.toString(at.line()),
                    Integer.toString(at.column()), escape(warning.message()))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A file's CRC-32C and length, {@code 1a2b3c4d:12345}. */
    public static String checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        long length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                length += n;
            }
        }
        return checksum(crc, length);
    }

    /** The checksum as {@link #checksum(Path)} writes it, of bytes counted elsewhere (StagedOutputs, as it writes). */
    public static String checksum(Checksum crc, long length) {
        return String.format(java.util.Locale.ROOT, "%08x:%d", crc.getValue(), length);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
