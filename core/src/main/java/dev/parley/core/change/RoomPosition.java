package dev.parley.core.change;

/**
 * Where a room's order stands: the seq of its newest message and the number of its newest
 * other change. Both count up from 0 without gaps, so a client or a node holding a position
 * knows exactly what it lacks.
 */
public record RoomPosition(long lastSeq, long lastChange) {
    public static final RoomPosition START = new RoomPosition(0, 0);
}
