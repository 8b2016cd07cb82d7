package dev.parley.bench.chaos;

/** The faults a chaos run injects, by the name {@code --faults} takes. */
enum FaultType {
    NODE_KILL("node-kill", "SIGKILL a node, start it again after 1-3 s"),
    NODE_PAUSE("node-pause", "SIGSTOP a node for 2-6 s, then SIGCONT"),
    REDIS_RESTART("redis-restart", "SIGKILL Redis, start it again empty after 0.5-2 s"),
    POSTGRES_RESET("postgres-reset", "reset every node's PostgreSQL connections (proxy)"),
    CLIENT_CUT("client-cut", "reset every client connection of a node (proxy)");

    final String label;
    final String description;

    FaultType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    static FaultType of(String label) {
        for (FaultType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no fault named " + label + "; known: node-kill, node-pause,"
                + " redis-restart, postgres-reset, client-cut");
    }
}
