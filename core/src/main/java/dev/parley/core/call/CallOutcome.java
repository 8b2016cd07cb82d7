package dev.parley.core.call;

import java.util.Locale;

/** How an ended call went: what its message in the room says. */
public enum CallOutcome {
    /** Someone answered; the call has a duration. */
    ANSWERED,
    /** Everyone called declined. */
    REJECTED,
    /** Nobody answered before the ringing timed out (or the callees went offline). */
    MISSED,
    /** Everyone called was in another call already. */
    BUSY,
    /** The caller hung up before anyone answered. */
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
