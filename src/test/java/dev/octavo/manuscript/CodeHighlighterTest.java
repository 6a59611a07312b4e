package dev.octavo.manuscript;

import dev.octavo.model.CodeToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Highlighting never changes the code, knows the usual fence languages, and gives the same runs on any thread. */
class CodeHighlighterTest {
    /** A sample per lexer family, with what an author may paste: tabs, Vietnamese, unclosed strings and comments. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("java", "@Deprecated\nclass A { /* mở\n\t đóng */ String s = \"chào\"; char c = 'x'; }\n"),
            Map.entry("kotlin", "fun main() {\n    val x: Int = 1 // một\n    println(\"$x\")\n}\n"),
            Map.entry("python", "def f(x):\n    '''doc\n    string'''\n    return x ** 2  # bình phương\n"),
            Map.entry("js", "const f = (x) => `t ${x}`; /* c */\nlet re = /a+b/g;\n"),
            Map.entry("ts", "interface P { name: string }\nfunction g(p: P): void {}\n"),
            Map.entry("json", "{\"a\": [1, 2.5, true, null], \"b\": \"chữ\"}\n"),
            Map.entry("xml", "<?xml version=\"1.0\"?>\n<a href=\"x\">&amp; <!-- c\n -->\n<![CDATA[ x ]]></a>\n"),
            Map.entry("html", "<p class=\"x\">Chào <b>bạn</b></p>\n<script>var x = 1;</script>\n"),
            Map.entry("css", "p > a:hover { color: #fff; margin: 0 1em; } /* c */\n"),
            Map.entry("sql", "SELECT name FROM t WHERE id = 42 -- c\nAND s = 'x';\n"),
            Map.entry("bash", "#!/bin/sh\nfor f in *.md; do echo \"$f\"; done # c\n"),
            Map.entry("c", "#include <stdio.h>\nint main(void) { return 0; }\n"),
            Map.entry("cpp", "template<class T> T f(T x) { return x; } // c\n"),
            Map.entry("csharp", "public class A { public int X { get; set; } }\n"),
            Map.entry("go", "package main\nfunc main() { fmt.Println(\"x\") }\n"),
            Map.entry("rust", "fn main() { let x: u32 = 5; println!(\"{}\", x); }\n"),
            Map.entry("yaml", "title: Sách\nlist:\n  - 1\n  - \"hai\"\n"),
            Map.entry("markdown", "# Tiêu đề\n\n*nhấn* và `mã`\n"),
            Map.entry("JAVA", "\"unclosed\n/* unclosed"));

    @Test
    void theRunsAreTheCodeCharacterForCharacterInEveryLanguage() {
        SAMPLES.forEach((language, code) -> {
            List<CodeToken> tokens = CodeHighlighter.tokens(language, code);
            assertEquals(code, String.join("", tokens.stream().map(CodeToken::text).toList()), language);
            assertTrue(tokens.stream().anyMatch(t -> !t.kind().isEmpty()), language + " is highlighted: " + tokens);
        });
    }

    @Test
    void neighbouringRunsOfOneKindAreJoined() {
        List<CodeToken> tokens = CodeHighlighter.tokens("java", "int  x = 1;\n");
        for (int i = 1; i < tokens.size(); i++) {
            assertFalse(tokens.get(i).kind().equals(tokens.get(i - 1).kind()), tokens.toString());
        }
    }

    @Test
    void theLanguageIsTheFirstWordOfTheInfoStringInAnyCase() {
        assertEquals("java", CodeHighlighter.language("Java title=\"A.java\""));
        assertEquals("python", CodeHighlighter.language("{.python}"));
        assertTrue(CodeHighlighter.knows("JS"));
        assertFalse(CodeHighlighter.knows("klingon"));
        assertEquals(List.of(CodeToken.plain("x <- 1\n")), CodeHighlighter.tokens("r", "x <- 1\n"));
        assertEquals(List.of(), CodeHighlighter.tokens("java", ""));
    }

    /** The manuscript is read on two threads and builds may run side by side: no lexer is shared. */
    @Test
    void theSameCodeGivesTheSameRunsOnManyThreadsAtOnce() throws Exception {
        Map<String, List<CodeToken>> expected = new java.util.HashMap<>();
        SAMPLES.forEach((language, code) -> expected.put(language + code, CodeHighlighter.tokens(language, code)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(threads.submit(() -> {
                    for (int round = 0; round < 20; round++) {
                        for (Map.Entry<String, String> sample : SAMPLES.entrySet()) {
                            List<CodeToken> tokens = CodeHighlighter.tokens(sample.getKey(), sample.getValue());
                            if (!tokens.equals(expected.get(sample.getKey() + sample.getValue()))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
