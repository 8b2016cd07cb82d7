package dev.parley.protocol.ws;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code member.banned}, {@code member.muted} (with {@code reason} and {@code expiresAt} when
 * set), {@code member.unbanned}, {@code member.unmuted}: a moderator acted on a member. A banned
 * member then gets {@code member.removed} and nothing more from the room. {@code change}: the
 * room's change number (replayed by {@code sync}).
 */
public record MemberRestrictedEvent(String type, UUID roomId, long lastSeq, String userId, String reason,
        Instant expiresAt, long change) implements ServerFrame {
    public static final String BANNED = "member.banned";
    public static final String UNBANNED = "member.unbanned";
    public static final String MUTED = "member.muted";
    public static final String UNMUTED = "member.unmuted";
}
