package dev.parley.store.log;

import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks that rooms hash onto: appends to one room on this node take the same
 * lock, so that without group commit they still commit and reach the listener in seq order.
 * Different rooms rarely share a lock.
 */
public final class RoomLocks {
    private final ReentrantLock[] stripes;

    public RoomLocks(int stripes) {
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            this.stripes[i] = new ReentrantLock();
        }
    }

    public ReentrantLock of(UUID roomId) {
        return stripes[Math.floorMod(roomId.hashCode(), stripes.length)];
    }
}
