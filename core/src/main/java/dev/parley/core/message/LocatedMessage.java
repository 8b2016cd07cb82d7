package dev.parley.core.message;

import static dev.parley.core.room.RoomAccess.accessRoomAsMember;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.store.Repositories;
import java.util.List;
import java.util.UUID;

/** A message of a room the actor reads and writes as a member (or admin), with the room as they see it. */
public record LocatedMessage(RoomAccess.Visible visible, Message message) {

    /** The room's last seq when the message was loaded: what events about it carry. */
    public long lastSeq() {
        return visible.room().lastSeq();
    }

    /** Loads the message, or throws: a room the actor may not write in, an unknown message. */
    public static LocatedMessage access(Repositories repos, Actor actor, String roomId, String messageId) {
        UUID room = Uuids.parse("roomId", roomId);
        UUID id = Uuids.parse("messageId", messageId);
        return in(repos, accessRoomAsMember(repos, actor, room), id);
    }

    /** Loads a message of a room already accessed, or throws when the room has no such message. */
    public static LocatedMessage in(Repositories repos, RoomAccess.Visible visible, UUID messageId) {
        Message message = repos.messages().find(visible.room().id(), messageId)
                .orElseThrow(() -> new ParleyException(ErrorCode.MESSAGE_NOT_FOUND, "no such message in this room"));
        return new LocatedMessage(visible, message);
    }

    /** The message as stored now, with its reactions. */
    public static Message reload(Repositories repos, Message message) {
        Message fresh = repos.messages().find(message.roomId(), message.id()).orElseThrow();
        return MessageService.withReactions(repos, List.of(fresh)).getFirst();
    }
}
