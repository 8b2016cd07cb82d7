package dev.parley.core.file;

import static dev.parley.core.room.RoomAccess.accessRoom;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.event.Event;
import dev.parley.core.id.Uuids;
import dev.parley.core.room.Room;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.RoomSummaries;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.store.Transactor;
import dev.parley.core.user.ProfileChanges;
import dev.parley.core.user.User;
import java.time.Clock;
import java.util.UUID;

/**
 * Who may change which avatar, and the change itself: a user's own (or any user's, for the
 * server), a room's for its owner and moderators (never a direct room's). Setting or removing
 * an avatar records the user's or room's update, as any other change of them does: a user's
 * reaches their own sessions and the members of their rooms ({@code ProfileChanged}), a
 * room's its members ({@code RoomUpdated}). The previous avatar's URL is returned so the
 * caller can remove its images.
 */
public final class AvatarService {
    private final Transactor store;
    private final Clock clock;

    public AvatarService(Transactor store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A user's avatar changed; {@code avatarUrl} null removes it. */
    public record UserChange(User user, String previousUrl) {
    }

    /** A room's avatar changed; {@code avatarUrl} null removes it. */
    public record RoomChange(RoomSummary room, String previousUrl) {
    }

    /** Checks, before an image is read, that the user exists. */
    public void checkUser(String userId) {
        store.read(repos -> repos.users().find(userId)
                .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no such user")));
    }

    public UserChange setUserAvatar(String userId, String avatarUrl) {
        store.requireDelivery();
        return store.write(repos -> {
            User old = repos.users().find(userId)
                    .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND, "no such user"));
            User user = new User(old.id(), old.name(), avatarUrl, old.role(), old.data(), old.active(), old.createdAt(),
                    clock.instant());
            repos.users().update(user);
            repos.record(new Event.UserUpdated(user));
            ProfileChanges.record(repos, old, user);
            return new UserChange(user, old.avatarUrl());
        });
    }

    /** Checks, before an image is read, that the actor may change the room's avatar. */
    public UUID accessRoomForAvatar(Actor actor, String roomId) {
        UUID id = Uuids.parse("roomId", roomId);
        store.read(repos -> {
            RoomAccess.checkManager(accessRoom(repos, actor, id), actor);
            return null;
        });
        return id;
    }

    public RoomChange setRoomAvatar(Actor actor, UUID roomId, String avatarUrl) {
        store.requireDelivery();
        return store.write(repos -> {
            var visible = accessRoom(repos, actor, roomId);
            RoomAccess.checkManager(visible, actor);
            Room old = visible.room();
            Room room = new Room(old.id(), old.type(), old.name(), old.topic(), avatarUrl, old.data(), old.createdBy(),
                    old.createdAt(), clock.instant(), old.lastSeq(), old.lastActivityAt(), old.memberCount(),
                    old.lastChange(), old.frozen(),
                    old.slowModeSeconds());
            repos.rooms().update(room);
            Room numbered = repos.record(new Event.RoomUpdated(room)).room();
            return new RoomChange(RoomSummaries.of(repos, numbered, actor), old.avatarUrl());
        });
    }
}
