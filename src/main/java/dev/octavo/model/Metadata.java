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
        Optional<Series> series) {

    public Metadata {
        creators = List.copyOf(creators);
        contributors = List.copyOf(contributors);
        subjects = List.copyOf(subjects);
        series = series == null ? Optional.empty() : series;
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
