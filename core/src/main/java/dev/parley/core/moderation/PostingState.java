package dev.parley.core.moderation;

/** What stands between a member and posting in a room right now: the room frozen, they banned or muted. */
public record PostingState(boolean frozen, boolean banned, boolean muted) {
    public static final PostingState FREE = new PostingState(false, false, false);
}
