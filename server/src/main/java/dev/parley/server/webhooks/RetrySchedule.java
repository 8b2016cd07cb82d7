package dev.parley.server.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: the configured pauses in turn (each ±20 % jitter, so a
 * receiver coming back is not hit by every queue at once), or the receiver's {@code Retry-After}
 * when it says so (never beyond the longest pause). After the last pause the delivery is dead.
 */
final class RetrySchedule {
    private final List<Duration> pauses;
    private final Duration longest;

    RetrySchedule(List<Duration> pauses) {
        this.pauses = List.copyOf(pauses);
        this.longest = pauses.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** After the {@code attempts}-th failed attempt: when to try again, or empty when that was the last. */
    Optional<Instant> next(int attempts, Instant now, String retryAfter) {
        if (attempts > pauses.size()) {
            return Optional.empty();
        }
        Duration asked = retryAfter(retryAfter, now);
        if (asked != null) {
            return Optional.of(now.plus(asked.compareTo(longest) > 0 ? longest : asked));
        }
        Duration pause = pauses.get(attempts - 1);
        long jitter = (long) (pause.toMillis() * 0.2);
        long millis = pause.toMillis() + (jitter > 0 ? ThreadLocalRandom.current().nextLong(-jitter, jitter + 1) : 0);
        return Optional.of(now.plusMillis(Math.max(1, millis)));
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
