package dev.octavo.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates hostile but plausible manuscripts from a seed: nested lists and quotes, emphasis, footnotes with
 * and without definitions, raw HTML from harmless to malicious, Vietnamese in NFC and NFD, astral characters,
 * stray brackets and backslashes, tables, headings, verse, definition lists, code in several languages,
 * strikethrough, sub- and superscripts; now and then a structure nested far too deep, or a line long enough to
 * overflow an ordinary thread's stack in the Markdown parser. The same seed always gives the same files.
 */
public final class MarkdownGenerator {
    private static final String[] WORDS = {
            "Cách", "mạng", "Tháng", "Mười", "người", "Bolshevik", "Xô viết", "đảng", "nông dân", "chính quyền",
            "1918", "Lenin", "Petrograd", "hoà bình", "ruộng đất", "bánh mì", "Kerensky", "Đức", "Nga", "năm"};
    private static final String[] ASTRAL = {"𝔸", "😀", "👩‍👩‍👧", "🇻🇳", "漢", "\uD835\uDD6B"};
    private static final String[] STRAY = {
            "[", "]", "\\", "*", "_", "`", "<", ">", "&", "&amp;", "&#x6F22;", "&#x301;", "&bogus;", "&#0;", "![",
            "](", "[^", "|", "~", "#", "\"", "'", "--", "...", "<3", "a<b", "\\*", "**", "***", "\\\\", "[]()", "{", "}",
            "\u00A0", "\u00AD", "\u200D", "\t"};
    private static final String[] HTML = {
            "<em>", "</em>", "<b>đậm</b>", "<span lang=\"vi\">", "</span>", "<script>alert(1)</script>",
            "<iframe src=\"https://example.org\"></iframe>", "<a href=\"javascript:x()\" onclick=\"y()\">", "</a>",
            "<div style=\"color:red\">", "</div>", "<img src=x onerror=alert(1)>", "<form><input name=q></form>",
            "<!-- ghi chú -->", "<textarea>", "<svg><script>x()</script></svg>", "<q>", "</q>",
            "<abbr title=\"&quot;<>&amp;\">", "</abbr>", "<br>", "</br>", "<p>", "<table><tr><td>", "<style>p{}</style>",
            "<math>", "<sub><sup>", "<mark lang=xx_YY>", "<octavo-markdown n=\"0\">", "<b><i>lồng</b></i>",
            "<span lang=\"ru\" onmouseover=\"z()\">Совет</span>", "<![CDATA[x]]>", "<?php echo 1; ?>", "<!DOCTYPE html>",
            "<plaintext>", "<object data=x>", "<noscript>", "</p>", "<select><option>1</select>"};
    private static final String[] LABELS = {"1", "2", "a", "ghi-chú", "x y"};
    private static final String[] LANGUAGES = {"java", "python", "js", "xml", "html", "css", "sql", "bash", "json",
            "yaml", "c", "rust", "go", "markdown", "klingon", ""};
    private static final String[] CODE = {"int x = 1; // c", "/* open", "close */ \"s", "<a href='x'>&amp;", "'''",
            "# c", "`t ${x}`", "{\"a\": [1, 2]}", "SELECT * FROM t;", "fn main() {}", "Cách mạng"};

    private final Random random;
    private final boolean astral;
    private final Set<String> called = new LinkedHashSet<>();
    /** Inside a note or the glossary, where a footnote call is a mistake; made only now and then. */
    private boolean noCalls;

    public MarkdownGenerator(long seed) {
        this.random = new Random(seed);
        this.astral = random.nextInt(10) < 3;
    }

    /** A chapter file's text. */
    public String chapter() {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(20) > 0) {
            out.append("# ").append(inline(1)).append('\n');
        }
        int blocks = 1 + random.nextInt(8);
        for (int i = 0; i < blocks; i++) {
            out.append('\n').append(block(0, ""));
        }
        // Most calls get a definition, so that most books get through to rendering; some stay undefined.
        noCalls = true;
        for (String label : List.copyOf(called)) {
            if (random.nextInt(15) > 0) {
                out.append("\n[^").append(label).append("]: ").append(inline(2)).append('\n');
            }
        }
        noCalls = false;
        if (random.nextInt(5) == 0) {
            out.append("\n[^").append(pick(LABELS)).append("]: ").append(word()).append('\n');
        }
        String text = out.toString();
        if (random.nextInt(10) == 0) {
            text = text.replace("\n", "\r\n");
        }
        return text;
    }

    /** glossary.md, or null for a book without one. */
    public String glossary() {
        if (random.nextBoolean()) {
            return null;
        }
        StringBuilder out = new StringBuilder("# Thuật ngữ\n");
        List<String> terms = new ArrayList<>(List.of(WORDS));
        java.util.Collections.shuffle(terms, random);
        int entries = random.nextInt(5);
        noCalls = true;
        for (int i = 0; i < entries; i++) {
            out.append('\n').append(random.nextInt(25) == 0 ? terms.get(0) : terms.get(i));
            if (random.nextInt(25) > 0) {
                out.append("\n: ").append(inline(1));
            }
            out.append('\n');
        }
        noCalls = false;
        return out.toString();
    }

    private String block(int depth, String indent) {
        int kind = depth > 3 ? 0 : random.nextInt(15);
        return switch (kind) {
            case 12 -> verse(indent);
            case 13 -> code(indent);
            case 14 -> random.nextInt(6) == 0 ? indent + tooDeep() + "\n" : indent + inline(0) + "\n";
            case 1 -> indent + "#".repeat(2 + random.nextInt(6)) + " " + inline(1) + "\n";
            case 2 -> list(depth, indent);
            case 3 -> quote(depth, indent);
            case 4 -> indent + "```" + (random.nextBoolean() ? "java" : "") + "\n" + indent + inline(0) + "\n" + indent + "```\n";
            case 5 -> table(indent);
            case 6 -> indent + "---\n";
            case 7 -> indent + pick(HTML) + "\n" + indent + inline(1) + "\n" + indent + pick(HTML) + "\n";
            case 8 -> indent + word() + "\n" + indent + ": " + inline(1) + "\n";
            default -> indent + inline(0) + (random.nextInt(4) == 0 ? "  \n" + indent + inline(0) : "") + "\n";
        };
    }

    /** A line block: lines, indents, empty lines, continuations, Markdown inside. */
    private String verse(String indent) {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append(indent).append("|\n");
                case 1 -> out.append(indent).append("   ").append(inline(2)).append('\n');
                default -> out.append(indent).append("| ").append(" ".repeat(random.nextInt(6))).append(inline(1))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private String code(String indent) {
        StringBuilder out = new StringBuilder(indent).append("```").append(pick(LANGUAGES)).append('\n');
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            out.append(indent).append("    ".repeat(random.nextInt(3))).append(pick(CODE)).append('\n');
        }
        return out.append(indent).append("```\n").toString();
    }

    /**
     * A structure past Octavo's limits, or a line that only a large stack lets flexmark parse: quotes, lists,
     * emphasis or HTML nested 17 to 400 deep, or 3,000 asterisks (flexmark's thematic-break pattern recurses once
     * for each).
     */
    private String tooDeep() {
        int depth = 17 + random.nextInt(384);
        return switch (random.nextInt(6)) {
            case 0 -> ">".repeat(depth) + " " + word();
            case 1 -> "- ".repeat(depth) + word();
            case 2 -> "*a ".repeat(depth) + word() + "*".repeat(depth);
            case 3 -> "<span>".repeat(depth) + word() + "</span>".repeat(depth);
            case 4 -> "> - ".repeat(depth / 2) + word();
            default -> "*".repeat(3000) + " " + word();
        };
    }

    private String list(int depth, String indent) {
        StringBuilder out = new StringBuilder();
        boolean ordered = random.nextBoolean();
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            String marker = ordered ? (i + 1) + ". " : "- ";
            out.append(indent).append(marker).append(inline(1)).append('\n');
            if (random.nextInt(3) == 0) {
                out.append(block(depth + 1, indent + " ".repeat(marker.length())));
            }
        }
        return out.toString();
    }

    private String quote(int depth, String indent) {
        String inner = block(depth + 1, "");
        StringBuilder out = new StringBuilder();
        for (String line : inner.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(indent).append("> ").append(line).append('\n');
            }
        }
        return out.toString();
    }

    private String table(String indent) {
        int columns = 1 + random.nextInt(4);
        StringBuilder out = new StringBuilder(indent);
        List<String> row = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            row.add(word());
        }
        out.append("| ").append(String.join(" | ", row)).append(" |\n").append(indent).append('|');
        for (int c = 0; c < columns; c++) {
            out.append(List.of("---", ":--", "--:", ":-:").get(random.nextInt(4))).append('|');
        }
        out.append('\n');
        int rows = random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            out.append(indent).append("| ").append(inline(2)).append(" | ").append(inline(2)).append(" |\n");
        }
        return out.toString();
    }

    /** A run of inline content; deeper runs are shorter so that nesting stays bounded. */
    private String inline(int depth) {
        StringBuilder out = new StringBuilder();
        int parts = 1 + random.nextInt(depth > 2 ? 2 : 7);
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                out.append(' ');
            }
            int kind = depth > 3 ? 0 : random.nextInt(23);
            switch (kind) {
                case 20 -> out.append("~~").append(inline(depth + 1)).append("~~");
                case 21 -> out.append(word()).append('~').append(random.nextBoolean() ? "2" : word()).append('~');
                case 22 -> out.append(word()).append('^').append(random.nextBoolean() ? "2" : inline(depth + 1))
                        .append('^');
                case 1 -> out.append('*').append(inline(depth + 1)).append('*');
                case 2 -> out.append("**").append(inline(depth + 1)).append("**");
                case 3 -> {
                    if (noCalls && random.nextInt(20) > 0) {
                        out.append(word());
                        continue;
                    }
                    String label = pick(LABELS);
                    called.add(label);
                    out.append("[^").append(label).append(']');
                }
                case 4 -> out.append(pick(HTML));
                case 5 -> out.append(pick(STRAY));
                case 6 -> out.append('`').append(word()).append('`');
                case 7 -> out.append('[').append(inline(depth + 1)).append("](").append(link()).append(')');
                case 8 -> out.append("![").append(word()).append("](").append(image()).append(')');
                case 9 -> out.append(Normalizer.normalize(word(), Normalizer.Form.NFD));
                case 10 -> out.append(astral ? pick(ASTRAL) : word());
                case 11 -> out.append('"').append(inline(depth + 1)).append('"');
                case 12 -> out.append(pick(HTML)).append(inline(depth + 1)).append(pick(HTML));
                default -> out.append(word());
            }
        }
        return out.toString();
    }

    private String link() {
        return switch (random.nextInt(8)) {
            // A link into the book: the chapter itself, or now and then an anchor or a file it does not have (errors).
            case 0 -> random.nextInt(8) == 0 ? "#muc" : "01-a.md";
            case 1 -> random.nextInt(8) == 0 ? "02-b.md" : "01-a.md#";
            case 2 -> random.nextInt(8) == 0 ? "../ra-ngoai.md" : "https://example.org";
            case 3 -> "mailto:tac-gia@example.org";
            default -> "https://example.org/" + random.nextInt(100);
        };
    }

    private String image() {
        return switch (random.nextInt(80)) {
            case 0 -> "images/none.png";
            case 1 -> "../up.png";
            case 2 -> "https://example.org/x.png";
            default -> "images/a.png";
        };
    }

    private String word() {
        return pick(WORDS);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
