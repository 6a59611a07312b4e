package dev.octavo.manuscript;

import dev.octavo.model.Labels;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words Octavo adds to a book ("Mục lục", "Chú thích", …), looked up for the book's language. */
final class LabelCatalog {
    private static final String BUNDLE = "dev.octavo.manuscript.labels";

    private LabelCatalog() {
    }

    static Labels forLanguage(Locale language) {
        // The root bundle (English) is the fallback; the JVM's default locale must not leak into a book.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(bundle.getString("contents"), bundle.getString("notes"), bundle.getString("glossary"),
                bundle.getString("backToText"), bundle.getString("footnote"), bundle.getString("titlePage"),
                bundle.getString("bodyStart"), bundle.getString("publisher"), bundle.getString("published"),
                bundle.getString("identifier"), bundle.getString("typesetIn"), bundle.getString("madeWith"),
                bundle.getString("pagesAbbreviation"), bundle.getString("pageAbbreviation"), bundle.getString("cover"), bundle.getString("pageList"), bundle.getString("figure"),
                bundle.getString("accessibilitySummary"),
                bundle.getString("accessibilityNotes"), bundle.getString("accessibilityGlossary"));
    }
}
