package dev.octavo.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads build timestamps the way Maven and reproducible-builds.org write them: ISO 8601
 * ({@code project.build.outputTimestamp}) or seconds since the epoch ({@code SOURCE_DATE_EPOCH}).
 */
public final class Timestamps {
    private Timestamps() {
    }

    public static Instant parse(String value) {
        String text = value.trim();
        if (text.matches("-?\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp '" + value
                    + "' is neither ISO 8601 (2026-01-31T12:00:00Z) nor seconds since 1970", e);
        }
    }

    /** {@code SOURCE_DATE_EPOCH} from the environment, if set. */
    public static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(parse(value));
    }
}
