package dev.parley.core.room;

import dev.parley.core.auth.Actor;
import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.store.Repositories;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Rooms as one user sees them. */
public final class RoomSummaries {
    private RoomSummaries() {
    }

    /**
     * The room as {@code actor} sees it: role, unread and mention counts, mute and, for those who
     * may read its messages (members and admins), the last message.
     */
    public static RoomSummary of(Repositories repos, Room room, Actor actor) {
        var member = repos.members().find(room.id(), actor.userId());
        long lastRead = member.map(Member::lastReadSeq).orElse(room.lastSeq());
        boolean reader = member.isPresent() || actor.isAdmin();
        Message last = room.lastSeq() == 0 || !reader ? null : repos.messages().latest(room.id()).orElse(null);
        var peer = room.isDirect() ? repos.members().directPeer(room.id(), actor.userId()).orElse(null) : null;
        long mentions = member.isEmpty() ? 0 : repos.members().mentionsAbove(room.id(), actor.userId(), lastRead);
        boolean muted = member.isPresent() && repos.members().isMuted(room.id(), actor.userId());
        return withReactions(repos, List.of(new RoomSummary(room, member.map(Member::role).orElse(null), lastRead,
                unread(repos, room.id(), room.lastSeq(), lastRead), last, peer, mentions, muted,
                member.map(Member::silence).orElse(null)))).getFirst();
    }

    /**
     * The messages above the read mark that still exist: the room's last seq − the mark − the
     * deleted ones above it (own messages moved the mark when they were sent, so they never count).
     */
    public static long unread(Repositories repos, UUID roomId, long lastSeq, long lastReadSeq) {
        if (lastSeq <= lastReadSeq) {
            return 0;
        }
        return Math.max(0, lastSeq - lastReadSeq - repos.messages().deletedAbove(roomId, lastReadSeq));
    }

    /** The summaries with the reactions of their last messages, as history shows them (one read for all). */
    public static List<RoomSummary> withReactions(Repositories repos, List<RoomSummary> summaries) {
        List<UUID> lastIds = summaries.stream().map(RoomSummary::lastMessage).filter(Objects::nonNull)
                .map(Message::id).toList();
        if (lastIds.isEmpty()) {
            return summaries;
        }
        Map<UUID, List<Reaction>> reactions = repos.reactions().of(lastIds);
        return summaries.stream().map(s -> s.lastMessage() == null ? s : s.withLastMessage(
                s.lastMessage().withReactions(reactions.getOrDefault(s.lastMessage().id(), List.of()))))
                .toList();
    }

}
