package dev.octavo.manuscript;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BCP 47 language tags, as {@code book.yaml} and the {@code lang} attribute of raw HTML use them. A tag must
 * be well-formed and name a real language: an ISO 639 code (two letters from ISO 639-1, or three letters), and,
 * when it has one, an ISO 3166 region or a UN M.49 number. "vn" (the country code) and "english" are refused.
 */
final class LanguageTags {
    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    private static final Set<String> REGIONS = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private LanguageTags() {
    }

    static Optional<Locale> parse(String tag) {
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        boolean knownLanguage = language.length() == 2 ? LANGUAGES.contains(language) : language.length() == 3;
        String region = locale.getCountry();
        boolean knownRegion = region.isEmpty() || REGIONS.contains(region) || region.matches("\\d{3}");
        return knownLanguage && knownRegion ? Optional.of(locale) : Optional.empty();
    }

    /** The tag an author probably meant: {@code en_GB} is {@code en-GB}, {@code Vietnamese} is {@code vi}. */
    static Optional<String> suggestion(String tag) {
        String hyphenated = tag.replace('_', '-');
        if (!hyphenated.equals(tag) && parse(hyphenated).isPresent()) {
            return Optional.of(parse(hyphenated).get().toLanguageTag());
        }
        for (String code : LANGUAGES) {
            if (Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(tag.strip())) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
