package dev.parley.core.call;

import java.time.Duration;

/**
 * How calls behave: how long a call rings before it counts as missed, how many people a
 * peer-to-peer mesh call may have, and whether a LiveKit server takes larger calls.
 */
public record CallSettings(Duration ringTimeout, int meshMax, boolean liveKit) {
    public static final CallSettings DEFAULT = new CallSettings(Duration.ofSeconds(30), 4, false);
    /** The most people any call may have (the room's members when it starts). */
    public static final int MAX_PARTICIPANTS = 100;
}
