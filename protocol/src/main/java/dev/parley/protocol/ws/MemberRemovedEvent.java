package dev.parley.protocol.ws;

import java.util.UUID;

/** {@code member.removed}. */
public record MemberRemovedEvent(String type, UUID roomId, long lastSeq, String userId, long change)
        implements ServerFrame {
    public static final String TYPE = "member.removed";

    public MemberRemovedEvent(UUID roomId, long lastSeq, String userId, long change) {
        this(TYPE, roomId, lastSeq, userId, change);
    }
}
