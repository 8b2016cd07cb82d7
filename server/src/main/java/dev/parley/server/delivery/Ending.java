package dev.parley.server.delivery;

/** Why the server ends a recipient's connection; each transport maps it to its own close signal. */
public enum Ending {
    /** Revoked token, deactivated user, expired token or no authentication in time: sign in again. */
    UNAUTHENTICATED,
    /** The outbox overflowed: reconnect and resync. */
    SLOW_CONSUMER,
    /** This node stops: reconnect, elsewhere. */
    RESTARTING,
    /** Writing to the connection failed. */
    BROKEN
}
