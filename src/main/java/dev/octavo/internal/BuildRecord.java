package dev.octavo.internal;

import dev.octavo.Diagnostic;
import dev.octavo.SourcePosition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the last build of an output folder was made from and what it made, kept beside the outputs as
 * {@value #FILE_NAME}: the digest of its inputs ({@link InputDigest}), each output's SHA-256 and pages, and its
 * warnings. A build whose inputs have the same digest, and whose outputs are still the bytes recorded, has
 * nothing to do. The record is moved into place after the outputs, so that a build cut short in between leaves
 * outputs that do not match it, and the next build makes them again.
 *
 * @param inputs the inputs' digest, 64 hex digits
 */
public record BuildRecord(String inputs, List<Output> outputs, List<Diagnostic> warnings) {
    public static final String FILE_NAME = ".octavo-build";
    private static final String HEADER = "octavo-build 1";

    /** One output file: its format's name, its plain file name in the output folder, its bytes' SHA-256. */
    public record Output(String format, String file, String sha256, int pages) {
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
                    outputs.add(new Output(fields[1], fields[2], fields[3], Integer.parseInt(fields[4])));
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

    /** Whether every recorded output is in {@code directory} with the recorded bytes. */
    public boolean outputsIntact(Path directory) {
        try {
            for (Output output : outputs) {
                Path file = directory.resolve(output.file());
                if (!Files.isRegularFile(file) || !sha256(file).equals(output.sha256())) {
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
            text.append(String.join("\t", "output", output.format(), output.file(), output.sha256(),
                    Integer.toString(output.pages()))).append('\n');
        }
        for (Diagnostic warning : warnings) {
            SourcePosition at = warning.position();
            text.append(String.join("\t", "warning", escape(at.file().toString()), Integer.toString(at.line()),
                    Integer.toString(at.column()), escape(warning.message()))).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest sha = InputDigest.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
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
