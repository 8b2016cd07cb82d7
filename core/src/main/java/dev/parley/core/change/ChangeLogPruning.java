package dev.parley.core.change;

import dev.parley.core.store.Transactor;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the rooms' change logs to what can still be replayed. A {@code sync} replays at most
 * the replay limit of changes per room (beyond it the client gets {@code sync.gap} and reloads),
 * so older changes are never read again: this deletes them, one room per transaction, keeping
 * the last {@code replayLimit} changes of every room and a {@link #MARGIN} more, so that a
 * replay that read the room's position just before a prune still finds every change it needs.
 * Run by the node's housekeeping schedule.
 */
public final class ChangeLogPruning implements Runnable {
    /** Changes kept beyond the replay limit. */
    public static final int MARGIN = 100;
    private static final int PAGE = 100;

    private final Transactor store;
    private final int keep;

    public ChangeLogPruning(Transactor store, int replayLimit) {
        if (replayLimit < 1) {
            throw new IllegalArgumentException("the replay limit must be at least 1");
        }
        this.store = store;
        this.keep = replayLimit + MARGIN;
    }

    @Override
    public void run() {
        prune();
    }

    /** Prunes every room's log; returns how many changes were deleted. */
    public long prune() {
        long deleted = 0;
        while (true) {
            List<UUID> rooms = store.read(repos -> repos.changes().longerThan(keep, PAGE));
            if (rooms.isEmpty()) {
                return deleted;
            }
            for (UUID roomId : rooms) {
                deleted += store.write(repos -> repos.changes().prune(roomId, keep));
            }
        }
    }
}
