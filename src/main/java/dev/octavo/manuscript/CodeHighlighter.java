package dev.octavo.manuscript;

import dev.octavo.model.CodeToken;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ClojureTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DartTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LatexTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LessTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LispTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LuaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PHPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PerlTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ProtoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ScalaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.WindowsBatchTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

import javax.swing.text.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Splits a code block into highlighted runs with RSyntaxTextArea's lexers, which work on plain text without any
 * window. A fence's language names the lexer; a language it does not know gives plain text, which is no mistake.
 *
 * <p>Each block gets a new lexer (they keep the state of the line they read), made by its constructor rather
 * than through RSyntaxTextArea's factory, whose default instance is a global that any caller may replace: so
 * two threads, or two builds, never share one, and the same code always gives the same runs.
 */
final class CodeHighlighter {
    /** Fence languages, as authors write them, and the lexer each one takes. */
    private static final Map<String, Supplier<TokenMaker>> LEXERS = Map.ofEntries(
            Map.entry("java", JavaTokenMaker::new),
            Map.entry("kotlin", KotlinTokenMaker::new), Map.entry("kt", KotlinTokenMaker::new),
            Map.entry("groovy", GroovyTokenMaker::new), Map.entry("scala", ScalaTokenMaker::new),
            Map.entry("python", PythonTokenMaker::new), Map.entry("py", PythonTokenMaker::new),
            Map.entry("javascript", JavaScriptTokenMaker::new), Map.entry("js", JavaScriptTokenMaker::new),
            Map.entry("typescript", TypeScriptTokenMaker::new), Map.entry("ts", TypeScriptTokenMaker::new),
            Map.entry("json", JsonTokenMaker::new),
            Map.entry("xml", XMLTokenMaker::new), Map.entry("svg", XMLTokenMaker::new),
            Map.entry("html", HTMLTokenMaker::new), Map.entry("xhtml", XMLTokenMaker::new),
            Map.entry("css", CSSTokenMaker::new), Map.entry("less", LessTokenMaker::new),
            Map.entry("sql", SQLTokenMaker::new),
            Map.entry("bash", UnixShellTokenMaker::new), Map.entry("sh", UnixShellTokenMaker::new),
            Map.entry("shell", UnixShellTokenMaker::new), Map.entry("zsh", UnixShellTokenMaker::new),
            Map.entry("console", UnixShellTokenMaker::new),
            Map.entry("bat", WindowsBatchTokenMaker::new), Map.entry("batch", WindowsBatchTokenMaker::new),
            Map.entry("c", CTokenMaker::new), Map.entry("h", CTokenMaker::new),
            Map.entry("cpp", CPlusPlusTokenMaker::new), Map.entry("c++", CPlusPlusTokenMaker::new),
            Map.entry("cc", CPlusPlusTokenMaker::new), Map.entry("hpp", CPlusPlusTokenMaker::new),
            Map.entry("csharp", CSharpTokenMaker::new), Map.entry("cs", CSharpTokenMaker::new),
            Map.entry("c#", CSharpTokenMaker::new),
            Map.entry("go", GoTokenMaker::new), Map.entry("golang", GoTokenMaker::new),
            Map.entry("rust", RustTokenMaker::new), Map.entry("rs", RustTokenMaker::new),
            Map.entry("yaml", YamlTokenMaker::new), Map.entry("yml", YamlTokenMaker::new),
            Map.entry("markdown", MarkdownTokenMaker::new), Map.entry("md", MarkdownTokenMaker::new),
            Map.entry("ruby", RubyTokenMaker::new), Map.entry("rb", RubyTokenMaker::new),
            Map.entry("php", PHPTokenMaker::new), Map.entry("perl", PerlTokenMaker::new),
            Map.entry("lua", LuaTokenMaker::new), Map.entry("dart", DartTokenMaker::new),
            Map.entry("clojure", ClojureTokenMaker::new), Map.entry("lisp", LispTokenMaker::new),
            Map.entry("latex", LatexTokenMaker::new), Map.entry("tex", LatexTokenMaker::new),
            Map.entry("makefile", MakefileTokenMaker::new), Map.entry("make", MakefileTokenMaker::new),
            Map.entry("dockerfile", DockerTokenMaker::new), Map.entry("docker", DockerTokenMaker::new),
            Map.entry("ini", IniTokenMaker::new), Map.entry("toml", IniTokenMaker::new),
            Map.entry("properties", PropertiesFileTokenMaker::new),
            Map.entry("proto", ProtoTokenMaker::new), Map.entry("protobuf", ProtoTokenMaker::new));

    private CodeHighlighter() {
    }

    /** The language a fence's info string names: its first word, as in {@code ```java title="A.java"}. */
    static String language(String info) {
        String first = info.strip().split("\\s+", 2)[0];
        // pandoc's attribute form, {.java}
        if (first.startsWith("{")) {
            first = first.substring(1);
        }
        if (first.startsWith(".")) {
            first = first.substring(1);
        }
        if (first.endsWith("}")) {
            first = first.substring(0, first.length() - 1);
        }
        return first.toLowerCase(Locale.ROOT);
    }

    /** Whether there is a lexer for the language of this info string. */
    static boolean knows(String info) {
        return LEXERS.containsKey(language(info));
    }

    /** The code as runs of one kind each; one plain run for a language without a lexer. */
    static List<CodeToken> tokens(String info, String code) {
        Supplier<TokenMaker> lexer = LEXERS.get(language(info));
        if (lexer == null || code.isEmpty()) {
            return code.isEmpty() ? List.of() : List.of(CodeToken.plain(code));
        }
        try {
            return highlighted(lexer.get(), code);
        } catch (RuntimeException e) {
            // A lexer's own bug must not stop a book: its block is printed without colours, as written.
            return List.of(CodeToken.plain(code));
        }
    }

    private static List<CodeToken> highlighted(TokenMaker tokenMaker, String code) {
        Runs runs = new Runs();
        int state = TokenTypes.NULL;
        int start = 0;
        while (start <= code.length()) {
            int newline = code.indexOf('\n', start);
            int end = newline < 0 ? code.length() : newline;
            state = line(tokenMaker, code, start, end, state, runs);
            if (newline < 0) {
                break;
            }
            runs.add("", "\n");
            start = newline + 1;
        }
        return runs.finish();
    }

    /**
     * Adds the runs of one line and returns the state the next line begins in: inside a comment or a string that
     * the line leaves open, or NULL. A line whose runs would not give back its text exactly is added as plain text.
     */
    private static int line(TokenMaker tokenMaker, String code, int start, int end, int state, Runs runs) {
        if (start == end) {
            // An empty line, as the lexer sees one: inside a comment it stays inside.
            return tokenMaker.getLastTokenTypeOnLine(new Segment(new char[0], 0, 0), state);
        }
        String text = code.substring(start, end);
        char[] chars = text.toCharArray();
        Segment segment = new Segment(chars, 0, chars.length);
        List<CodeToken> line = new ArrayList<>();
        StringBuilder joined = new StringBuilder(chars.length);
        for (Token token = tokenMaker.getTokenList(segment, state, 0); token != null && token.isPaintable();
             token = token.getNextToken()) {
            line.add(new CodeToken(kind(token.getType()), token.getLexeme()));
            joined.append(token.getLexeme());
        }
        if (text.contentEquals(joined)) {
            line.forEach(run -> runs.add(run.kind(), run.text()));
        } else {
            runs.add("", text);
        }
        return tokenMaker.getLastTokenTypeOnLine(segment, state);
    }

    /** RSyntaxTextArea's token types in the few kinds the templates know; names and punctuation stay plain. */
    static String kind(int type) {
        return switch (type) {
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2, TokenTypes.PREPROCESSOR -> "keyword";
            case TokenTypes.DATA_TYPE -> "type";
            case TokenTypes.FUNCTION -> "function";
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                 TokenTypes.REGEX, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA -> "string";
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                 TokenTypes.LITERAL_NUMBER_HEXADECIMAL -> "number";
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.MARKUP_ENTITY_REFERENCE -> "literal";
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                 TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> "comment";
            case TokenTypes.OPERATOR -> "operator";
            case TokenTypes.ANNOTATION -> "annotation";
            case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_DTD,
                 TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_CDATA_DELIMITER -> "tag";
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> "attribute";
            case TokenTypes.VARIABLE -> "variable";
            default -> "";
        };
    }

    /** Collects runs, joining neighbours of one kind, so that the markup has a span per word at most. */
    private static final class Runs {
        private final List<CodeToken> tokens = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String kind = "";

        void add(String kind, String more) {
            if (!kind.equals(this.kind)) {
                flush();
                this.kind = kind;
            }
            text.append(more);
        }

        List<CodeToken> finish() {
            flush();
            return List.copyOf(tokens);
        }

        private void flush() {
            if (!text.isEmpty()) {
                tokens.add(new CodeToken(kind, text.toString()));
                text.setLength(0);
            }
        }
    }
}
