package dev.parley.server.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Per room, the numbers of one counter (message seqs, or change numbers) given to one client:
 * live delivery is contiguous per room, so what was given is one range per room. Guarded by
 * its ledger's lock.
 */
final class GivenRanges {
    private final Map<UUID, long[]> ranges = new HashMap<>();

    /** Whether a live event numbered {@code number} repeats one given (at or below the top of the range). */
    boolean repeats(UUID roomId, long number) {
        long[] range = ranges.get(roomId);
        return range != null && number <= range[1];
    }

    /** The range given in a room now, or null (a copy: what a replay is judged against). */
    long[] range(UUID roomId) {
        long[] range = ranges.get(roomId);
        return range == null ? null : range.clone();
    }

    static boolean covers(long[] range, long number) {
        return range != null && number >= range[0] && number <= range[1];
    }

    void add(UUID roomId, long number) {
        long[] range = ranges.computeIfAbsent(roomId, room -> new long[] {number, number});
        if (number > range[1] + 1 || number < range[0] - 1) {
            // Not next to what was given (e.g. back in a room after a removal): a new range.
            range[0] = number;
            range[1] = number;
            return;
        }
        range[0] = Math.min(range[0], number);
        range[1] = Math.max(range[1], number);
    }

    /**
     * After a replay the client holds everything of the room up to {@code top} (what it held
     * before, and the replay above it): one range from the start.
     */
    void holdsUpTo(UUID roomId, long top) {
        long[] range = ranges.get(roomId);
        ranges.put(roomId, new long[] {0, range == null ? top : Math.max(top, range[1])});
    }

    void forget(UUID roomId) {
        ranges.remove(roomId);
    }
}
