package dev.octavo.xhtml;

/**
 * A rendered XHTML content document of the EPUB.
 *
 * @param name  the document's name without extension, as the model names it ("ch01", "glossary")
 * @param title its title, for the package and NCX
 * @param xhtml the well-formed document
 */
public record XhtmlDocument(String name, String title, String xhtml) {
    public String fileName() {
        return name + ".xhtml";
    }
}
