package dev.octavo.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code book.yaml} says about the book. Optional fields are empty strings or empty lists, never null.
 *
 * @param title        the book's title: on the half-title and title pages, and the EPUB's and the PDF's title
 * @param subtitle     printed under the title; empty when there is none
 * @param language     the book's language ({@code language:}, a BCP 47 tag): it chooses the {@link Labels} and
 *                     the glossary's sort order, and every document declares it ({@link #languageTag()})
 * @param creators     the authors ({@code authors:}), named on the title page; role {@code aut} unless one is given
 * @param contributors the others who worked on the book ({@code contributors:}), named only in the EPUB's
 *                     metadata; role {@code ctb} unless one is given
 * @param identifier   a URN ({@code urn:uuid:…}, or {@code urn:isbn:} with the ISBN's digits, checksum verified);
 *                     an identifier of another form is kept as written, and a book.yaml without one gets a
 *                     {@code urn:uuid:} made from the title, the same at every build
 * @param publisher    printed on the title page and in the colophon; empty when not given
 * @param date         the date of publication, printed in the colophon; empty when not given
 * @param rights       the copyright statement, printed in the colophon; empty when not given
 * @param description  a summary, for the EPUB's {@code dc:description} and the PDF's subject
 * @param subjects     keywords, for the EPUB's {@code dc:subject} and the PDF's keywords
 * @param page         trim size and bleed of the printed book
 * @param series       the series the book belongs to; empty when it belongs to none
 * @param tocDepth     the deepest heading level the contents list: 1 for chapters only, 2 (the default) for
 *                     chapters and their {@code ##} sections, up to 6
 * @param fonts        how the EPUB embeds the fonts ({@code fonts: subset|whole}); subset by default
 */
public record Metadata(
        String title,
        String subtitle,
        Locale language,
        List<Contributor> creators,
        List<Contributor> contributors,
        String identifier,
        String publisher,
        Optional<LocalDate> date,
        String rights,
        String description,
        List<String> subjects,
        PageLayout page,
        Optional<Series> series,
        int tocDepth,
        FontEmbedding fonts) {

    /** Chapters and their {@code ##} sections. */
    public static final int DEFAULT_TOC_DEPTH = 2;
    /** The deepest heading level Markdown has ({@code ######}), so the deepest the contents can go. */
    public static final int MAX_TOC_DEPTH = 6;

    /**
     * Metadata over unmodifiable copies of the lists.
     *
     * @param title        the book's title
     * @param subtitle     the subtitle, or empty
     * @param language     the book's language
     * @param creators     the authors
     * @param contributors the others who worked on the book
     * @param identifier   the book's unique identifier, usually a URN
     * @param publisher    the publisher, or empty
     * @param date         the date of publication, if given
     * @param rights       the copyright statement, or empty
     * @param description  a summary, or empty
     * @param subjects     keywords, possibly none
     * @param page         trim size and bleed of the printed book
     * @param series       the series, if any; null is taken for empty
     * @param tocDepth     the deepest heading level the contents list
     * @param fonts        how the EPUB embeds the fonts; null is taken for {@link FontEmbedding#SUBSET}
     * @throws IllegalArgumentException if {@code tocDepth} is not from 1 to {@link #MAX_TOC_DEPTH}
     */
    public Metadata {
        if (tocDepth < 1 || tocDepth > MAX_TOC_DEPTH) {
            throw new IllegalArgumentException("contents depth out of range: " + tocDepth);
        }
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        subjects = List.copyOf(subjects);
        series = series == null ? Optional.empty() : series;
        fonts = fonts == null ? FontEmbedding.SUBSET : fonts;
    }

    /**
     * Metadata whose fonts the EPUB subsets ({@link FontEmbedding#SUBSET}).
     *
     * @param title        the book's title
     * @param subtitle     the subtitle, or empty
     * @param language     the book's language
     * @param creators     the authors
     * @param contributors the others who worked on the book
     * @param identifier   the book's unique identifier, usually a URN
     * @param publisher    the publisher, or empty
     * @param date         the date of publication, if given
     * @param rights       the copyright statement, or empty
     * @param description  a summary, or empty
     * @param subjects     keywords, possibly none
     * @param page         trim size and bleed of the printed book
     * @param series       the series, if any; null is taken for empty
     * @param tocDepth     the deepest heading level the contents list
     * @throws IllegalArgumentException if {@code tocDepth} is not from 1 to {@link #MAX_TOC_DEPTH}
     */
    public Metadata(String title, String subtitle, Locale language, List<Contributor> creators,
                    List<Contributor> contributors, String identifier, String publisher, Optional<LocalDate> date,
                    String rights, String description, List<String> subjects, PageLayout page, Optional<Series> series,
                    int tocDepth) {
        this(title, subtitle, language, creators, contributors, identifier, publisher, date, rights, description,
                subjects, page, series, tocDepth, FontEmbedding.SUBSET);
    }

    /**
     * Metadata whose contents go down to the default depth ({@link #DEFAULT_TOC_DEPTH}).
     *
     * @param title        the book's title
     * @param subtitle     the subtitle, or empty
     * @param language     the book's language
     * @param creators     the authors
     * @param contributors the others who worked on the book
     * @param identifier   the book's unique identifier, usually a URN
     * @param publisher    the publisher, or empty
     * @param date         the date of publication, if given
     * @param rights       the copyright statement, or empty
     * @param description  a summary, or empty
     * @param subjects     keywords, possibly none
     * @param page         trim size and bleed of the printed book
     * @param series       the series, if any; null is taken for empty
     */
    public Metadata(String title, String subtitle, Locale language, List<Contributor> creators,
                    List<Contributor> contributors, String identifier, String publisher, Optional<LocalDate> date,
                    String rights, String description, List<String> subjects, PageLayout page, Optional<Series> series) {
        this(title, subtitle, language, creators, contributors, identifier, publisher, date, rights, description,
                subjects, page, series, DEFAULT_TOC_DEPTH);
    }

    /**
     * The BCP 47 tag, as written in {@code lang} attributes.
     *
     * @return the language's tag, e.g. {@code "vi"} or {@code "en-GB"}
     */
    public String languageTag() {
        return language.toLanguageTag();
    }

    /**
     * Names of the creators joined for display ("A, B").
     *
     * @return the authors' names in the order written, or empty when there are none
     */
    public String creatorNames() {
        return String.join(", ", creators.stream().map(Contributor::name).toList());
    }
}
