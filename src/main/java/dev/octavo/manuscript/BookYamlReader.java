package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.Contributor;
import dev.octavo.model.FontEmbedding;
import dev.octavo.model.FootnoteNumbering;
import dev.octavo.model.Labels;
import dev.octavo.model.Metadata;
import dev.octavo.model.PageLayout;
import dev.octavo.model.Series;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads {@code book.yaml} into {@link BookYaml}: the {@link Metadata} and the reading settings. Works on SnakeYAML's node tree rather than on constructed
 * objects, so every problem can name its line, and nothing but plain scalars, lists and maps is ever built.
 * The loader is bounded as well: a few aliases, shallow nesting and a size limit, so that a hostile file
 * (an alias bomb, a deeply nested one) is refused before it costs memory or time.
 */
final class BookYamlReader {
    static final Set<String> KEYS = Set.of("title", "subtitle", "language", "authors", "contributors",
            "identifier", "publisher", "date", "rights", "description", "subjects", "series", "chapters", "cover",
            "footnotes", "glossary-links", "trim", "bleed", "toc-depth", "figures", "page-references", "smart-dashes",
            "image-resolution", "print-resolution", "fonts", "paper", "print", "pdf-x");
    private static final Pattern UUID_URN = Pattern.compile(
            "urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static final int MAX_ALIASES = 10;
    static final int MAX_NESTING = 10;
    static final int MAX_CODE_POINTS = 1 << 20;
    private static final java.util.regex.Pattern UUID_FORM =
            java.util.regex.Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final SourceText source;
    private final Diagnostics diagnostics;
    private final GlyphCheck glyphs;
    private Node languageNode;

    BookYamlReader(SourceText source, Diagnostics diagnostics, GlyphCheck glyphs) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.glyphs = glyphs;
    }

    BookYaml read() {
        Optional<Map<String, Node>> parsed = fields();
        if (parsed.isEmpty()) {
            // Already reported; what the file lacks would only be an echo of that one problem.
            Metadata empty = new Metadata("", "", Locale.ROOT, List.of(), List.of(), "urn:uuid:" + new UUID(0, 0), "",
                    Optional.empty(), "", "", List.of(), PageLayout.A5, Optional.empty());
            return new BookYaml(empty, FootnoteNumbering.CONTINUOUS, true, Optional.empty(), BookYaml.Figures.DEFAULT,
                    true, dev.octavo.model.PrintEdition.DEFAULT);
        }
        Map<String, Node> fields = parsed.get();
        // What the title page prints is checked against the fonts; the rest is metadata that readers show themselves.
        for (String typeset : List.of("title", "subtitle", "publisher")) {
            if (fields.get(typeset) != null) {
                typeset(fields.get(typeset));
            }
        }
        String title = string(fields, "title");
        if (title.isBlank()) {
            diagnostics.error(source.line(1), "book.yaml has no 'title'");
        }
        Locale language = language(fields);
        List<Contributor> creators = contributors(fields.get("authors"), "aut");
        List<Contributor> contributors = contributors(fields.get("contributors"), "ctb");
        dev.octavo.model.PrintEdition print = printEdition(fields);
        PageLayout page = pageLayout(fields);
        // A print-on-demand distributor binds the pages itself and wants no bleed at the binding.
        page = print.distributor().isPresent() ? page.withoutBleedAtBinding() : page;
        Metadata metadata = new Metadata(title, string(fields, "subtitle"), language, creators, contributors,
                identifier(fields, title), string(fields, "publisher"), date(fields), string(fields, "rights"),
                string(fields, "description"), strings(fields.get("subjects")), page,
                series(fields.get("series")), tocDepth(fields), fonts(fields));
        return new BookYaml(metadata, footnotes(fields), flag(fields, "glossary-links", true), cover(fields),
                figures(fields), flag(fields, "smart-dashes", true), print);
    }

    /** {@code paper:}, {@code print:} and {@code pdf-x:}, with where they and the page's keys were written. */
    private dev.octavo.model.PrintEdition printEdition(Map<String, Node> fields) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        for (String key : List.of("paper", "print", "pdf-x", "trim", "bleed", "cover")) {
            if (fields.get(key) != null) {
                positions.put(key, at(fields.get(key).getStartMark()));
            }
        }
        return new PrintEditionReader(diagnostics).read(key -> string(fields, key), positions);
    }

    /** {@code fonts: subset|whole}: how the EPUB embeds the fonts. */
    private FontEmbedding fonts(Map<String, Node> fields) {
        String value = string(fields, "fonts").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "subset" -> FontEmbedding.SUBSET;
            case "whole" -> FontEmbedding.WHOLE;
            default -> {
                diagnostics.error(at(fields.get("fonts").getStartMark()),
                        "fonts '" + string(fields, "fonts") + "' is not a choice (subset or whole)");
                yield FontEmbedding.SUBSET;
            }
        };
    }

    private BookYaml.Figures figures(Map<String, Node> fields) {
        BookYaml.Figures defaults = BookYaml.Figures.DEFAULT;
        String numbering = string(fields, "figures").toLowerCase(Locale.ROOT);
        boolean numbered = switch (numbering) {
            case "" -> defaults.numbered();
            case "numbered" -> true;
            case "unnumbered" -> false;
            default -> {
                diagnostics.error(at(fields.get("figures").getStartMark()),
                        "figures '" + numbering + "' is not a choice (numbered or unnumbered)");
                yield defaults.numbered();
            }
        };
        return new BookYaml.Figures(numbered, flag(fields, "page-references", defaults.pageReferences()),
                resolution(fields, "image-resolution", defaults.imagePpi(), 1),
                resolution(fields, "print-resolution", defaults.printPpi(), 0), "");
    }

    /** A resolution in pixels per inch, at least {@code least}; the default when absent or wrong (reported). */
    private double resolution(Map<String, Node> fields, String key, double absent, double least) {
        String value = string(fields, key);
        if (value.isBlank()) {
            return absent;
        }
        try {
            double ppi = Double.parseDouble(value.strip().replaceFirst("(?i)\\s*(ppi|dpi)$", ""));
            if (ppi >= least && ppi <= 10_000) {
                return ppi;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        diagnostics.error(at(fields.get(key).getStartMark()), key + " '" + value
                + "' is not a resolution in pixels per inch (e.g. 300)");
        return absent;
    }

    /**
     * The book's URN. An ISBN (written {@code urn:isbn:978-…} or bare) must have a valid check digit and is kept
     * as {@code urn:isbn:} and its digits; a {@code urn:uuid:} must be a well-formed UUID; anything else is kept.
     */
    private String identifier(Map<String, Node> fields, String title) {
        String identifier = string(fields, "identifier");
        if (identifier.regionMatches(true, 0, "urn:uuid:", 0, 9) && !UUID_FORM.matcher(identifier.substring(9)).matches()) {
            // EPUBCheck flags it, and reading systems may take two books with the same bad id for one.
            diagnostics.warning(at(fields.get("identifier").getStartMark()), "identifier '" + identifier
                    + "' is not a valid UUID (urn:uuid: and 32 hex digits as 8-4-4-4-12)");
        }
        if (identifier.isBlank()) {
            // A stable identifier keeps rebuilds reproducible and readers' libraries from duplicating the book.
            identifier = "urn:uuid:" + UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            diagnostics.warning(source.line(1), "book.yaml has no 'identifier'; using " + identifier);
            return identifier;
        }
        SourcePosition at = at(fields.get("identifier").getStartMark());
        String lower = identifier.toLowerCase(Locale.ROOT);
        String isbn = lower.startsWith("urn:isbn:") ? identifier.substring("urn:isbn:".length())
                : lower.startsWith("isbn") ? identifier.substring(4).replaceFirst("^[:\\s]+", "")
                : Isbn.looksLikeIsbn(identifier) ? identifier : null;
        if (isbn != null) {
            Optional<String> digits = Isbn.valid(isbn);
            if (digits.isEmpty()) {
                diagnostics.error(at, "identifier '" + identifier + "' is not a valid ISBN" + isbnHint(isbn));
                return identifier;
            }
            return "urn:isbn:" + digits.get();
        }
        return identifier;
    }

    private static String isbnHint(String isbn) {
        String digits = Isbn.compact(isbn);
        if (digits.matches("\\d{12}[\\dX]")) {
            return " (its check digit would be " + Isbn.checkDigit13(digits) + ")";
        }
        if (digits.matches("\\d{9}[\\dX]")) {
            return " (its check digit would be " + Isbn.checkDigit10(digits) + ")";
        }
        return " (an ISBN has 10 or 13 digits)";
    }

    /** {@code series: Name} or {@code series: {name: Name, position: 2}}. */
    private Optional<Series> series(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? Optional.empty() : Optional.of(new Series(scalar.getValue().strip(), ""));
        }
        if (!(node instanceof MappingNode map)) {
            diagnostics.error(at(node.getStartMark()), "series is a name or {name, position}");
            return Optional.empty();
        }
        String name = "";
        String position = "";
        for (NodeTuple tuple : map.getValue()) {
            String key = key(tuple);
            String value = scalar(tuple.getValueNode());
            switch (key) {
                case "name" -> name = value;
                case "position" -> {
                    position = value;
                    if (!value.matches("\\d+(\\.\\d+)?")) {
                        diagnostics.error(at(tuple.getValueNode().getStartMark()),
                                "series position '" + value + "' is not a number (e.g. 2 or 2.5)");
                        position = "";
                    }
                }
                default -> diagnostics.warning(at(tuple.getKeyNode().getStartMark()),
                        "unknown key '" + key + "' in series (expected name, position)");
            }
        }
        if (name.isBlank()) {
            diagnostics.error(at(node.getStartMark()), "series has no 'name'");
            return Optional.empty();
        }
        return Optional.of(new Series(name, position));
    }

    private FootnoteNumbering footnotes(Map<String, Node> fields) {
        String value = string(fields, "footnotes");
        if (value.isBlank()) {
            return FootnoteNumbering.CONTINUOUS;
        }
        return FootnoteNumbering.fromYaml(value).orElseGet(() -> {
            diagnostics.error(at(fields.get("footnotes").getStartMark()),
                    "footnotes '" + value + "' is not a numbering (continuous or chapter)");
            return FootnoteNumbering.CONTINUOUS;
        });
    }

    /** {@code toc-depth: 1} to {@code 6}: the deepest heading level the contents list. */
    private int tocDepth(Map<String, Node> fields) {
        String value = string(fields, "toc-depth");
        if (value.isBlank()) {
            return Metadata.DEFAULT_TOC_DEPTH;
        }
        if (value.matches("[1-9]") && Integer.parseInt(value) <= Metadata.MAX_TOC_DEPTH) {
            return Integer.parseInt(value);
        }
        diagnostics.error(at(fields.get("toc-depth").getStartMark()), "toc-depth '" + value + "' is not a heading"
                + " level from 1 to " + Metadata.MAX_TOC_DEPTH + " (1: chapters only, 2: chapters and ## sections, …)");
        return Metadata.DEFAULT_TOC_DEPTH;
    }

    private boolean flag(Map<String, Node> fields, String key, boolean absent) {
        String value = string(fields, key).toLowerCase(Locale.ROOT);
        switch (value) {
            case "" -> {
                return absent;
            }
            case "true", "yes", "on" -> {
                return true;
            }
            case "false", "no", "off" -> {
                return false;
            }
            default -> {
                diagnostics.error(at(fields.get(key).getStartMark()), key + " is true or false, not '" + value + "'");
                return absent;
            }
        }
    }

    private Optional<BookYaml.CoverPath> cover(Map<String, Node> fields) {
        String path = string(fields, "cover");
        return path.isBlank() ? Optional.empty()
                : Optional.of(new BookYaml.CoverPath(path, at(fields.get("cover").getStartMark())));
    }

    private PageLayout pageLayout(Map<String, Node> fields) {
        PageLayout layout = PageLayout.A5;
        String trim = string(fields, "trim");
        if (!trim.isBlank()) {
            Optional<PageLayout> parsed = PageLayoutParser.trim(trim);
            if (parsed.isEmpty()) {
                diagnostics.error(at(fields.get("trim").getStartMark()),
                        "trim '" + trim + "' is not a page size (A4, A5, B5, 6in x 9in, 148mm x 210mm)");
            }
            layout = parsed.orElse(layout);
        }
        String bleed = string(fields, "bleed");
        if (!bleed.isBlank()) {
            Optional<Double> mm = PageLayoutParser.millimetres(bleed);
            if (mm.isEmpty() || mm.get() > 10) {
                diagnostics.error(at(fields.get("bleed").getStartMark()),
                        "bleed '" + bleed + "' is not a length up to 10mm (e.g. 3mm, 0.125in)");
            } else {
                layout = layout.withBleed(mm.get());
            }
        }
        return layout;
    }

    /** The top-level keys and their nodes; empty when the file is not YAML at all (reported). */
    private Optional<Map<String, Node>> fields() {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(MAX_ALIASES);
            options.setNestingDepthLimit(MAX_NESTING);
            options.setCodePointLimit(MAX_CODE_POINTS);
            options.setAllowRecursiveKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(source.text()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Mark context = e.getContextMark();
            String where = context != null && e.getContext() != null && mark != null && context.getLine() != mark.getLine()
                    ? " (" + e.getContext() + " from line " + (context.getLine() + 1) + ")" : "";
            diagnostics.error(at(mark), "book.yaml is not valid YAML: " + e.getProblem() + where);
            return Optional.empty();
        } catch (YAMLException e) {
            // The loader's limits: too many aliases, too deep, too large.
            diagnostics.error(source.line(1), "book.yaml is refused: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(source.line(1), "book.yaml must be a mapping of keys (title: …, language: …)");
            return Optional.empty();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error(at(tuple.getKeyNode().getStartMark()), "book.yaml keys must be plain words");
                continue;
            }
            String name = key.getValue();
            if (!KEYS.contains(name)) {
                String hint = Suggestions.closest(name, KEYS).map(s -> " (did you mean '" + s + "'?)").orElse("");
                diagnostics.warning(at(key.getStartMark()), "unknown key '" + name + "' in book.yaml" + hint);
            }
            if (fields.put(name, tuple.getValueNode()) != null) {
                diagnostics.error(at(key.getStartMark()), "key '" + name + "' appears twice in book.yaml");
            }
        }
        return Optional.of(fields);
    }

    private Locale language(Map<String, Node> fields) {
        String tag = string(fields, "language");
        if (tag.isBlank()) {
            diagnostics.error(source.line(1), "book.yaml has no 'language' (a BCP 47 tag such as vi or en-GB)");
            return Locale.ROOT;
        }
        Optional<Locale> language = LanguageTags.parse(tag);
        if (language.isEmpty()) {
            String hint = LanguageTags.suggestion(tag).map(s -> "did you mean '" + s + "'?").orElse("e.g. vi, en-GB");
            diagnostics.error(at(fields.get("language").getStartMark()),
                    "language '" + tag + "' is not a BCP 47 language tag (" + hint + ")");
            return Locale.ROOT;
        }
        languageNode = fields.get("language");
        return language.get();
    }

    /**
     * The words Octavo adds in the book's language ("Mục lục") are typeset too, so they are checked against the
     * fonts, at the language in book.yaml: the language chose them. Called after the text has been read, so that
     * a character the text uses as well is reported where the author wrote it.
     */
    void checkLabels(Labels labels) {
        if (languageNode != null) {
            for (String label : List.of(labels.contents(), labels.notes(), labels.glossary(), labels.footnote(),
                    labels.titlePage(), labels.bodyStart())) {
                glyphs.checkLabel(label, at(languageNode.getStartMark()));
            }
        }
    }

    /** A typeset scalar: checked against the fonts, at the lines it spans. */
    private void typeset(Node node) {
        if (node instanceof ScalarNode scalar) {
            typeset(node, scalar.getValue());
        }
    }

    private void typeset(Node node, String text) {
        int start = source.lineStart(node.getStartMark().getLine() + 1);
        int end = source.lineEnd(node.getEndMark().getLine() + 1);
        glyphs.check(text, source, start, end);
    }

    private Optional<LocalDate> date(Map<String, Node> fields) {
        String value = string(fields, "date");
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            diagnostics.error(at(fields.get("date").getStartMark()), "date '" + value + "' is not an ISO date (YYYY-MM-DD)");
            return Optional.empty();
        }
    }

    /** A list of {name, role} maps, or plain names that take the default role. */
    private List<Contributor> contributors(Node node, String defaultRole) {
        List<Contributor> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        List<Node> items = node instanceof SequenceNode seq ? seq.getValue() : List.of(node);
        for (Node item : items) {
            if (item instanceof ScalarNode scalar) {
                typeset(scalar);
                result.add(new Contributor(scalar.getValue().strip(), defaultRole));
            } else if (item instanceof MappingNode map) {
                String name = "";
                String role = defaultRole;
                for (NodeTuple tuple : map.getValue()) {
                    String key = key(tuple);
                    String value = scalar(tuple.getValueNode());
                    switch (key) {
                        case "name" -> {
                            name = value;
                            typeset(tuple.getValueNode());
                        }
                        case "role" -> role = relator(value, tuple.getValueNode());
                        default -> diagnostics.warning(at(tuple.getKeyNode().getStartMark()),
                                "unknown key '" + key + "' in a person (expected name, role)");
                    }
                }
                if (name.isBlank()) {
                    diagnostics.error(at(item.getStartMark()), "a person in book.yaml has no 'name'");
                } else {
                    result.add(new Contributor(name, role));
                }
            } else {
                diagnostics.error(at(item.getStartMark()), "expected a name or {name, role}");
            }
        }
        return result;
    }

    /** A MARC relator code; a role that is none is an error, since reading systems would show it as is. */
    private String relator(String role, Node node) {
        return MarcRelators.code(role).orElseGet(() -> {
            diagnostics.error(at(node.getStartMark()), "role '" + role
                    + "' is not a MARC relator code (aut, edt, trl, ill, ctb, …) nor a common role such as translator");
            return "ctb";
        });
    }

    private String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
    }

    private List<String> strings(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue().stream().map(this::scalar).filter(s -> !s.isBlank()).toList();
        }
        return List.of(scalar(node));
    }

    private String string(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        return node == null ? "" : scalar(node);
    }

    private String scalar(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        diagnostics.error(at(node.getStartMark()), "expected a single value here");
        return "";
    }

    private SourcePosition at(Mark mark) {
        return mark == null ? source.line(1)
                : new SourcePosition(source.path(), mark.getLine() + 1, mark.getColumn() + 1);
    }
}
