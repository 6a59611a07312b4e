package dev.octavo.testing;

import dev.octavo.model.Block;
import dev.octavo.model.BlockQuote;
import dev.octavo.model.Book;
import dev.octavo.model.Chapter;
import dev.octavo.model.Code;
import dev.octavo.model.GlossaryEntry;
import dev.octavo.model.Heading;
import dev.octavo.model.Inline;
import dev.octavo.model.InlineContainer;
import dev.octavo.model.LineBreak;
import dev.octavo.model.ListBlock;
import dev.octavo.model.ListItem;
import dev.octavo.model.NoteRef;
import dev.octavo.model.PageLayout;
import dev.octavo.model.Paragraph;
import dev.octavo.model.Strong;
import dev.octavo.model.Emphasis;
import dev.octavo.model.Text;

import java.util.List;
import java.util.Locale;

/**
 * The running text of a book as a Typst document set like Octavo's print: the same trim and margins, Literata at
 * 10 pt, justified, the first line indented by 1.2 em except after a heading, the book's language (Typst hyphenates
 * by it, as Octavo does), chapters on new pages, footnotes at the foot. The anchor that Octavo's line breaking is
 * measured against (TypographyTest, the bench); what is not running text (code, figures, tables) is left out of
 * both measurements, since only full justified lines at the body size are measured.
 */
public final class TypstBook {
    private final StringBuilder out = new StringBuilder();

    private TypstBook() {
    }

    public static String of(Book book) {
        TypstBook typst = new TypstBook();
        typst.preamble(book);
        for (Chapter chapter : book.chapters()) {
            typst.chapter(chapter);
        }
        if (!book.glossary().entries().isEmpty()) {
            typst.out.append("\n= ").append(string(book.glossary().title())).append("\n\n");
            for (GlossaryEntry entry : book.glossary().entries()) {
                typst.out.append("#par(first-line-indent: 0pt)[#strong[").append(string(entry.term())).append("]]\n\n");
                typst.out.append("#pad(left: 6mm)[");
                for (Block block : entry.definition()) {
                    if (block instanceof Paragraph p) {
                        typst.out.append("#par(first-line-indent: 0pt)[");
                        typst.inlines(p.content());
                        typst.out.append("]\n\n");
                    }
                }
                typst.out.append("]\n\n");
            }
        }
        return typst.out.toString();
    }

    private void preamble(Book book) {
        PageLayout page = book.metadata().page();
        out.append(String.format(Locale.ROOT,
                "#set page(width: %.2fmm, height: %.2fmm, margin: (inside: %.2fmm, outside: %.2fmm, top: %.2fmm,"
                        + " bottom: %.2fmm), numbering: \"1\")%n",
                page.widthMm(), page.heightMm(), page.innerMarginMm(), page.outerMarginMm(), page.topMarginMm(),
                page.bottomMarginMm()));
        out.append("#set text(font: \"Literata\", size: 10pt, lang: \"").append(language(book)).append("\")\n");
        // Leading 0.42 em over the font's ascender and descender comes close to Octavo's line-height 1.42.
        out.append("#set par(justify: true, first-line-indent: 1.2em, leading: 0.62em, spacing: 0.62em)\n");
        out.append("#show heading: set text(font: \"Be Vietnam Pro\", weight: \"bold\")\n");
        out.append("#show heading.where(level: 1): it => { pagebreak(weak: true); v(22mm); text(size: 16pt, it.body);"
                + " v(10mm) }\n");
        out.append("#show heading.where(level: 2): set text(size: 11.5pt)\n");
        out.append("#show heading.where(level: 3): set text(size: 10.5pt)\n\n");
    }

    private static String language(Book book) {
        return book.metadata().language().getLanguage();
    }

    private void chapter(Chapter chapter) {
        out.append("\n= ");
        inlines(chapter.title());
        out.append("\n\n");
        for (Block block : chapter.blocks()) {
            block(block);
        }
    }

    private void block(Block block) {
        if (block instanceof Paragraph p) {
            inlines(p.content());
            out.append("\n\n");
        } else if (block instanceof Heading h) {
            out.append("=".repeat(Math.min(h.level(), 6))).append(' ');
            inlines(h.content());
            out.append("\n\n");
        } else if (block instanceof ListBlock list) {
            for (ListItem item : list.items()) {
                out.append(list.ordered() ? "+ " : "- ");
                for (Block inner : item.blocks()) {
                    if (inner instanceof Paragraph p) {
                        inlines(p.content());
                        out.append(' ');
                    }
                }
                out.append('\n');
            }
            out.append('\n');
        } else if (block instanceof BlockQuote quote) {
            out.append("#pad(x: 6mm)[#set text(size: 9.5pt)\n");
            for (Block inner : quote.blocks()) {
                block(inner);
            }
            out.append("]\n\n");
        }
    }

    private void inlines(List<Inline> content) {
        for (Inline inline : content) {
            inline(inline);
        }
    }

    private void inline(Inline inline) {
        if (inline instanceof Text t) {
            out.append(string(t.text()));
        } else if (inline instanceof Code c) {
            out.append("#raw(").append(quoted(c.code())).append(')');
        } else if (inline instanceof LineBreak) {
            out.append("#linebreak()");
        } else if (inline instanceof NoteRef ref && ref.occurrence() == 1) {
            out.append("#footnote[");
            for (Block block : ref.note().content()) {
                if (block instanceof Paragraph p) {
                    inlines(p.content());
                }
            }
            out.append(']');
        } else if (inline instanceof Emphasis e) {
            container("emph", e);
        } else if (inline instanceof Strong s) {
            container("strong", s);
        } else if (inline instanceof InlineContainer other) {
            inlines(other.content());
        }
        // images and other inline objects are not running text
    }

    private void container(String function, InlineContainer container) {
        out.append('#').append(function).append('[');
        inlines(container.content());
        out.append(']');
    }

    /** Text as a Typst string expression: nothing in it is read as markup. */
    private static String string(String text) {
        return "#" + quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder q = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> q.append("\\\\");
                case '"' -> q.append("\\\"");
                case '\n' -> q.append(' ');
                default -> q.appendCodePoint(c);
            }
        });
        return q.append('"').toString();
    }
}
