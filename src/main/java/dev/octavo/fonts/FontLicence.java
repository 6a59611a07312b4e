package dev.octavo.fonts;

import dev.octavo.SourcePosition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The licence file that lies beside a font file ({@code OFL.txt}, {@code LICENSE.txt}…), which the EPUB carries
 * with the font, and the Reserved Font Names it declares.
 *
 * <p>Why the names matter: the SIL Open Font License says that no Modified Version may use a Reserved Font Name,
 * and a subset is a Modified Version. A font whose licence reserves a name is therefore embedded whole.
 *
 * @param fileName      the licence file's own name, for the copy in the EPUB and for messages
 * @param text          the file's bytes, as they are
 * @param at            where the first Reserved Font Name is declared (else the file's start), for messages
 * @param reservedNames the names the licence reserves; empty when it reserves none
 */
public record FontLicence(String fileName, byte[] text, SourcePosition at, List<String> reservedNames) {
    /**
     * The OFL's copyright lines declare the names: {@code with Reserved Font Name "Foo"} or {@code Reserved Font
     * Names "Foo" and "Bar"}, quotes straight or curly, sometimes a colon before them.
     */
    private static final Pattern DECLARATION = Pattern.compile(
            "Reserved\\s+Font\\s+Names?\\s*:?\\s*((?:[\"“'‘][^\"”'’\\n]+[\"”'’](?:\\s*(?:,|and|&)\\s*)*)+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[\"“'‘]([^\"”'’\\n]+)[\"”'’]");
    /** The licence's own text begins here; its definitions speak of "Reserved Font Name" in general. */
    private static final Pattern LICENCE_BODY = Pattern.compile("SIL\\s+OPEN\\s+FONT\\s+LICEN[CS]E|PREAMBLE",
            Pattern.CASE_INSENSITIVE);

    /** A licence over a copy of the bytes and of the list. */
    public FontLicence {
        text = text.clone();
        reservedNames = List.copyOf(reservedNames);
    }

    @Override
    public byte[] text() {
        return text.clone();
    }

    /** Whether a file name is a licence's: {@code OFL.txt}, {@code OFL-1.1.txt}, {@code LICENSE}, {@code LICENCE.md}… */
    static boolean isLicenceName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.matches("(ofl|licen[cs]e|copying)([-_. ][^/]*)?\\.(txt|md)") || lower.matches("licen[cs]e|copying");
    }

    /**
     * Reads a licence file.
     *
     * @param file  the file, for messages
     * @param bytes its contents
     */
    static FontLicence read(Path file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher body = LICENCE_BODY.matcher(text);
        int preambleEnd = body.find() ? body.start() : text.length();
        Matcher declaration = DECLARATION.matcher(text).region(0, preambleEnd);
        List<String> names = new ArrayList<>();
        SourcePosition at = SourcePosition.of(file);
        while (declaration.find()) {
            if (names.isEmpty()) {
                at = position(file, text, declaration.start());
            }
            Matcher quoted = QUOTED.matcher(declaration.group(1));
            while (quoted.find()) {
                String name = quoted.group(1).strip();
                if (!name.isEmpty() && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return new FontLicence(file.getFileName().toString(), bytes, at, names);
    }

    /** The first licence among the names of a font's folder, in name order. */
    static Optional<String> pick(List<String> namesInFolder) {
        return namesInFolder.stream().filter(FontLicence::isLicenceName).sorted().findFirst();
    }

    private static SourcePosition position(Path file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, offset - lineStart + 1);
    }

    /** The licence reserves a name, so a subset may not carry it. */
    public boolean reservesNames() {
        return !reservedNames.isEmpty();
    }
}
