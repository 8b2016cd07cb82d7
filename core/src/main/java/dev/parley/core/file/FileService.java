package dev.parley.core.file;

import static dev.parley.core.room.RoomAccess.accessRoomAsMember;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.grant.LiveGrants;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.id.IdGenerator;
import dev.parley.core.id.Uuids;
import dev.parley.core.store.Transactor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The records of uploaded files: who may upload where, recording an upload once its bytes are
 * stored, finding one to serve, and what is due for removal. The bytes themselves are moved
 * by the transport's upload handling into {@link FileStorage}.
 */
public final class FileService {
    private final Transactor store;
    private final IdGenerator ids;
    private final Clock clock;
    private final LiveGrants permissions;
    private final Duration keepUnattached;

    public FileService(Transactor store, IdGenerator ids, Clock clock, LiveGrants permissions, Duration keepUnattached) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.permissions = permissions;
        this.keepUnattached = keepUnattached;
    }

    /** The room an actor may upload to (a member who may post there), checked before any byte is read. */
    public UUID accessRoomForUpload(Actor actor, String roomId) {
        UUID room = Uuids.parse("roomId", roomId);
        store.read(repos -> {
            var visible = accessRoomAsMember(repos, actor, room);
            permissions.current().checkIn(actor, visible, Permission.SEND_MESSAGES);
            dev.parley.core.moderation.Moderation.checkMayPost(repos, actor, visible, permissions.current(),
                    clock.instant());
            return null;
        });
        return room;
    }

    public UUID newId() {
        return ids.next();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Records an upload whose bytes are stored; it is removed unless a message claims it in time. */
    public StoredFile record(StoredFile file) {
        store.write(repos -> {
            repos.files().insert(file, file.createdAt().plus(keepUnattached));
            return null;
        });
        return file;
    }

    /** A file by id, for serving through a signed link (the link proved access). */
    public Optional<StoredFile> find(UUID id) {
        return store.read(repos -> repos.files().find(id));
    }

    /** A file the actor may see: one of a room they read. */
    public StoredFile access(Actor actor, String fileId) {
        UUID id = Uuids.parse("fileId", fileId);
        return store.read(repos -> {
            StoredFile file = repos.files().find(id).orElseThrow(FileService::notFound);
            accessRoomAsMember(repos, actor, file.roomId());
            return file;
        });
    }

    /** The most files one {@link #accessible} call looks up. */
    public static final int MAX_LOOKUP = 100;

    /**
     * The files among {@code fileIds} the actor may have links to: of a room they are a member
     * of (or an admin), and sent in a message or uploaded by the actor. The others — unknown,
     * of another room, another person's upload not yet sent — are left out, indistinguishably.
     */
    public List<StoredFile> accessible(Actor actor, List<String> fileIds) {
        if (fileIds.isEmpty() || fileIds.size() > MAX_LOOKUP) {
            throw ParleyException.invalid("ids must name between 1 and " + MAX_LOOKUP + " files");
        }
        List<UUID> ids = fileIds.stream().map(id -> Uuids.parse("ids", id)).distinct().toList();
        return store.read(repos -> {
            var rooms = new java.util.HashMap<UUID, Boolean>();
            var found = new java.util.ArrayList<StoredFile>();
            for (UUID id : ids) {
                repos.files().find(id)
                        .filter(f -> f.messageId() != null || f.uploaderId().equals(actor.userId()))
                        .filter(f -> rooms.computeIfAbsent(f.roomId(), room -> mayRead(repos, actor, room)))
                        .ifPresent(found::add);
            }
            return found;
        });
    }

    private static boolean mayRead(dev.parley.core.store.Repositories repos, Actor actor, UUID roomId) {
        try {
            accessRoomAsMember(repos, actor, roomId);
            return true;
        } catch (ParleyException notVisible) {
            return false;
        }
    }

    /** Files due for removal (unattached too long, or of deleted messages). */
    public List<StoredFile> removable(int limit) {
        return store.read(repos -> repos.files().removable(clock.instant(), limit));
    }

    /** Forgets a file whose bytes were removed. */
    public void forget(UUID id) {
        store.write(repos -> {
            repos.files().delete(id);
            return null;
        });
    }

    public long bytesStored() {
        return store.read(repos -> repos.files().bytesStored());
    }

    public static ParleyException notFound() {
        return new ParleyException(ErrorCode.FILE_NOT_FOUND, "no such file");
    }
}
