package dev.octavo.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code book.yaml} says about the book. Optional fields are empty strings or empty lists, never null.
 *
 * @param identifier a URN ({@code urn:uuid:…}, or {@code urn:isbn:} with the ISBN's digits, checksum verified)
 * @param page       trim size and bleed of the printed book
 * @param tocDepth   the deepest heading level the contents list: 1 for chapters only, 2 (the default) for chapters
 *                   and their {@code ##} sections, up to 6
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
        int tocDepth) {

    /** Chapters and their {@code ##} sections. */
    public static final int DEFAULT_TOC_DEPTH = 2;
    public static final int MAX_TOC_DEPTH = 6;

    public Metadata {
        if (tocDepth < 1 || tocDepth > MAX_TOC_DEPTH) {
            throw new IllegalArgumentException("contents depth out of range: " + tocDepth);
        }
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        subjects = List.copyOf(subjects);
        series = series == null ? Optional.empty() : series;
    }

    /** Metadata whose contents go down to the default depth. */
    public Metadata(String title, String subtitle, Locale language, List<Contributor> creators,
                    List<Contributor> contributors, String identifier, String publisher, Optional<LocalDate> date,
                    String rights, String description, List<String> subjects, PageLayout page, Optional<Series> series) {
        this(title, subtitle, language, creators, contributors, identifier, publisher, date, rights, description,
                subjects, page, series, DEFAULT_TOC_DEPTH);
    }

    /** The BCP 47 tag, as written in {@code lang} attributes. */
    public String languageTag() {
        return language.toLanguageTag();
    }

    /** Names of the creators joined for display ("A, B"). */
    public String creatorNames() {
        return String.join(", ", creators.stream().map(Contributor::name).toList());
    }
}
