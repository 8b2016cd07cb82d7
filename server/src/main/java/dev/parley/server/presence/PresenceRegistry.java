package dev.parley.server.presence;

import java.util.Collection;
import java.util.Set;

/**
 * Who is online beyond this node's own sessions: with one node, this node; in a cluster, the
 * shared record every node writes to (Redis). The {@link PresenceTracker} calls it when the
 * node's first session of a user opens and after its last one closed.
 */
public interface PresenceRegistry {
    /** This node now has a session of the user: true when the user was offline everywhere. */
    boolean arrived(String userId);

    /** This node has no session of the user any more: true when the user is offline everywhere. */
    boolean departed(String userId);

    /** Those of these users who are online on any node. */
    Set<String> online(Collection<String> userIds);

    /** With one node, the node's own sessions are the whole truth. */
    static PresenceRegistry singleNode() {
        return new PresenceRegistry() {
            private final Set<String> users = java.util.concurrent.ConcurrentHashMap.newKeySet();

            @Override
            public boolean arrived(String userId) {
                return users.add(userId);
            }

            @Override
            public boolean departed(String userId) {
                return users.remove(userId);
            }

            @Override
            public Set<String> online(Collection<String> userIds) {
                Set<String> online = new java.util.HashSet<>();
                for (String user : userIds) {
                    if (users.contains(user)) {
                        online.add(user);
                    }
                }
                return online;
            }
        };
    }
}
