package dev.parley.protocol.ws;

import dev.parley.protocol.model.Member;
import dev.parley.protocol.model.Room;
import java.util.UUID;

/**
 * {@code member.added}, {@code member.updated}. {@code room} is set only when a sync tells the
 * client about a room it joined while away.
 */
public record MemberChangedEvent(String type, UUID roomId, long lastSeq, Member member, Room room)
        implements ServerFrame {
    public static final String ADDED = "member.added";
    public static final String UPDATED = "member.updated";
}
