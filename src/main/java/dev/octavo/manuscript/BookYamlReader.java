package dev.octavo.manuscript;

import dev.octavo.SourcePosition;
import dev.octavo.model.Contributor;
import dev.octavo.model.Labels;
import dev.octavo.model.Metadata;
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

/**
 * Reads {@code book.yaml} into {@link Metadata}. Works on SnakeYAML's node tree rather than on constructed
 * objects, so every problem can name its line, and nothing but plain scalars, lists and maps is ever built.
 * The loader is bounded as well: a few aliases, shallow nesting and a size limit, so that a hostile file
 * (an alias bomb, a deeply nested one) is refused before it costs memory or time.
 */
final class BookYamlReader {
    static final Set<String> KEYS = Set.of("title", "subtitle", "language", "authors", "contributors",
            "identifier", "publisher", "date", "rights", "description", "subjects", "chapters", "cover");

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

    Metadata read() {
        Optional<Map<String, Node>> parsed = fields();
        if (parsed.isEmpty()) {
            // Already reported; what the file lacks would only be an echo of that one problem.
            return new Metadata("", "", Locale.ROOT, List.of(), List.of(), "urn:uuid:" + new UUID(0, 0), "",
                    Optional.empty(), "", "", List.of());
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
        }
        return new Metadata(title, string(fields, "subtitle"), language, creators, contributors, identifier,
                string(fields, "publisher"), date(fields), string(fields, "rights"), string(fields, "description"),
                strings(fields.get("subjects")));
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
                    if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                        diagnostics.error(at(tuple.getKeyNode().getStartMark()), "book.yaml keys must be plain words");
                        continue;
                    }
                    String key = keyNode.getValue();
                    String value = scalar(tuple.getValueNode());
                    switch (key) {
                        case "name" -> {
                            name = value;
                            typeset(tuple.getValueNode());
                        }
                        case "role" -> role = value;
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
