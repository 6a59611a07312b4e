package dev.octavo.backlist;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code block's language, as the tools that make EPUBs mark it, and nothing else of its classes. The html2md
 * converter takes a code element's class for the fence's language whatever it is, so calibre's generated
 * {@code class="calibre8"} would become a language the book's highlighter does not know.
 */
final class CodeLanguage {
    /** HTML5's convention ({@code language-java}, also {@code lang-java}), as flexmark, Octavo and highlighters write it. */
    private static final Pattern PREFIXED = Pattern.compile("^(?:language|lang)-([A-Za-z0-9_+#.-]+)$");
    /** pandoc's {@code <pre class="sourceCode java">}: the language beside its marker class. */
    private static final Set<String> PANDOC_MARKERS = Set.of("sourceCode", "numberSource", "numberLines");

    private CodeLanguage() {
    }

    /** Leaves the block's code element with {@code class="language-…"} when a language was named, else no class. */
    static void keepOnly(Element pre) {
        Element code = pre.children().size() == 1 && pre.child(0).normalName().equals("code") ? pre.child(0) : null;
        Optional<String> language = of(pre).or(() -> code == null ? Optional.empty() : of(code));
        pre.removeAttr("class");
        if (code != null) {
            code.removeAttr("class");
            language.ifPresent(name -> code.attr("class", "language-" + name));
        }
    }

    private static Optional<String> of(Element element) {
        List<String> classes = new ArrayList<>(element.classNames());
        for (String name : classes) {
            Matcher prefixed = PREFIXED.matcher(name);
            if (prefixed.matches()) {
                return Optional.of(prefixed.group(1));
            }
        }
        if (classes.stream().anyMatch(PANDOC_MARKERS::contains)) {
            return classes.stream().filter(name -> !PANDOC_MARKERS.contains(name)).findFirst();
        }
        return Optional.empty();
    }
}
