package dev.parley.protocol.ws;

import dev.parley.protocol.model.Member;
import dev.parley.protocol.model.Room;
import java.util.UUID;

/**
 * {@code member.added}, {@code member.updated}, with the member's card and the room's change
 * number. {@code room}, on {@code member.added} only: the room as the new member sees it
 * (their role, unread count, last message), for their own sessions, which did not know it.
 */
public record MemberChangedEvent(String type, UUID roomId, long lastSeq, Member member, Room room, long change)
        implements ServerFrame {
    public static final String ADDED = "member.added";
    public static final String UPDATED = "member.updated";
}
