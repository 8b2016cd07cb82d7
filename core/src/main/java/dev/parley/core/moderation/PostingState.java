package dev.parley.core.moderation;

/** What stands between a user and posting in a room right now, the room aside: they are banned or muted. */
public record PostingState(boolean banned, boolean muted) {
    public static final PostingState FREE = new PostingState(false, false);
}
