package dev.parley.server.admin;

import dev.parley.core.event.Event;
import dev.parley.core.event.EventBus;
import dev.parley.core.grant.GrantService;
import dev.parley.core.grant.LiveGrants;
import dev.parley.server.cluster.StoredVersionFollower;

/**
 * Keeps this node's grants those stored: loads them at start, reloads when any node announces
 * a newer version ({@link Event.GrantsChanged}), and checks the stored version every
 * {@code checkSeconds} in case an announcement was lost (the bus was down).
 */
public final class GrantsFollower {
    private GrantsFollower() {
    }

    public static StoredVersionFollower start(GrantService grants, LiveGrants live, EventBus bus, long checkSeconds) {
        grants.reload();
        return StoredVersionFollower.start("grants", grants::reload, () -> live.versioned().version(), bus,
                event -> event instanceof Event.GrantsChanged changed ? changed.version()
                        : StoredVersionFollower.NOT_ANNOUNCED, checkSeconds);
    }
}
