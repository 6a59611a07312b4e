package dev.octavo.backlist;

import java.util.List;
import java.util.Optional;

/**
 * What the package document says of the book, as {@code book.yaml} will say it.
 *
 * @param title       the main title
 * @param subtitle    the title refined as a subtitle, or empty
 * @param language    a BCP 47 tag
 * @param authors     the creators, with MARC relator roles
 * @param contributors the contributors, with MARC relator roles
 * @param identifier  the package's unique identifier, or empty
 * @param publisher   the publisher, or empty
 * @param date        the publication date as YYYY-MM-DD, or empty
 * @param rights      the rights statement, or empty
 * @param description the description, as text
 * @param subjects    the subjects, in order
 * @param series      the collection the book belongs to
 * @param cover       the cover image's entry in the zip
 */
record ImportedMetadata(String title, String subtitle, String language, List<Person> authors,
                        List<Person> contributors, String identifier, String publisher, String date, String rights,
                        String description, List<String> subjects, Optional<Series> series, Optional<String> cover) {

    ImportedMetadata withSubtitle(String subtitle) {
        return new ImportedMetadata(title, subtitle, language, authors, contributors, identifier, publisher, date,
                rights, description, subjects, series, cover);
    }

    /** A creator or contributor: the name as printed, the role as a MARC relator code. */
    record Person(String name, String role) {
    }

    /** A series, and the book's place in it ("2", "2.5"), possibly empty. */
    record Series(String name, String position) {
    }
}
