package dev.parley.core.call;

import java.util.Locale;

/** One person's part in a call. */
public enum ParticipantState {
    /** Called, not answered yet: their devices ring. */
    RINGING,
    /** In the call, on the device (session) that answered. */
    JOINED,
    /** Was in the call and hung up, or was dropped when their sessions vanished. */
    LEFT,
    REJECTED,
    MISSED,
    /** Was in another call when called. */
    BUSY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this person still takes part: their devices ring, or they are in the call. */
    public boolean present() {
        return this == RINGING || this == JOINED;
    }
}
