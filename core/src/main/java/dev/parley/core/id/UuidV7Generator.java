package dev.parley.core.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, then random bits, so ids
 * sort by creation time and index well. Within one millisecond a counter in the random
 * field keeps ids from this generator monotonic.
 */
public final class UuidV7Generator implements IdGenerator {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long sequence;

    public UuidV7Generator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis <= lastMillis) {
            millis = lastMillis;
            sequence = (sequence + 1) & 0xFFF;
            if (sequence == 0) {
                millis = ++lastMillis;
            }
        } else {
            sequence = random.nextInt(0x800);
            lastMillis = millis;
        }
        long high = (millis << 16) | 0x7000L | sequence;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
