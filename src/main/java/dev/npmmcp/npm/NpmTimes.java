package dev.npmmcp.npm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** NPM's timestamps: {@code 2026-12-24 00:43:15} (UTC) on sqlite, ISO-8601 on MySQL/Postgres. */
public final class NpmTimes {

    private NpmTimes() {}

    public static Optional<Instant> parse(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String iso = text.strip().replace(' ', 'T');
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
