package dev.octavo.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Inline markup an author wrote as HTML in the manuscript, from the small vocabulary a book may carry
 * ({@link #ELEMENTS}). The model owns that vocabulary: the manuscript stage keeps only these elements and
 * attributes, and the constructor refuses anything else, so templates may print element names as they are.
 *
 * @param element    an HTML element name from {@link #ELEMENTS}, e.g. {@code "abbr"}
 * @param attributes the element's attributes, sorted by name so that output is reproducible
 * @param content    the inlines inside the element
 */
public record Styled(String element, Map<String, String> attributes, List<Inline> content) implements InlineContainer {
    /** An attribute every element may carry: the language of a quotation or a foreign word. */
    public static final String LANG = "lang";

    /** The elements a manuscript may use, each with the attributes it may carry besides {@link #LANG}. */
    public static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("em", Set.of()), Map.entry("strong", Set.of()), Map.entry("i", Set.of()),
            Map.entry("b", Set.of()), Map.entry("sub", Set.of()), Map.entry("sup", Set.of()),
            Map.entry("small", Set.of()), Map.entry("span", Set.of()), Map.entry("abbr", Set.of("title")),
            Map.entry("cite", Set.of()), Map.entry("q", Set.of()), Map.entry("s", Set.of()),
            Map.entry("u", Set.of()), Map.entry("mark", Set.of()));

    /**
     * An element of the book's vocabulary, its attributes sorted and its content copied.
     *
     * @param element    an HTML element name from {@link #ELEMENTS}
     * @param attributes the element's attributes: {@link #LANG} and those {@link #ELEMENTS} allows it
     * @param content    the inlines inside the element
     * @throws IllegalArgumentException if the element is not in {@link #ELEMENTS}, or carries an attribute it may not
     */
    public Styled {
        Set<String> allowed = ELEMENTS.get(element);
        if (allowed == null) {
            throw new IllegalArgumentException("not an element a book may carry: " + element);
        }
        for (String name : attributes.keySet()) {
            if (!name.equals(LANG) && !allowed.contains(name)) {
                throw new IllegalArgumentException("<" + element + "> may not carry the attribute " + name);
            }
        }
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        content = List.copyOf(content);
    }

    @Override
    public Styled withContent(List<Inline> content) {
        return new Styled(element, attributes, content);
    }

    @Override
    public String kind() {
        return "styled";
    }
}
