package dev.parley.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.parley.core.message.Message;
import dev.parley.core.page.Page;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.UserCard;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of responses where they differ from the domain records. */
public final class Views {
    private Views() {
    }

    /** A list page: {@code {items, nextCursor}}; {@code nextCursor} is null on the last page. */
    public record PageJson<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
        static <D, T> PageJson<T> of(Page<D> page, java.util.function.Function<D, T> view) {
            return new PageJson<>(page.items().stream().map(view).toList(), page.nextCursor());
        }
    }

    /** A room as the calling user sees it. */
    public record RoomJson(UUID id, RoomType type, String name, String topic, String avatarUrl, JsonText data,
            String createdBy, Instant createdAt, Instant updatedAt, long lastSeq, Instant lastActivityAt,
            int memberCount, MemberRole role, long lastReadSeq, long unreadCount, Message lastMessage, UserCard peer) {
        public static RoomJson of(RoomSummary summary) {
            var room = summary.room();
            return new RoomJson(room.id(), room.type(), room.name(), room.topic(), room.avatarUrl(), room.data(),
                    room.createdBy(), room.createdAt(), room.updatedAt(), room.lastSeq(), room.lastActivityAt(),
                    room.memberCount(), summary.role(), summary.lastReadSeq(), summary.unreadCount(),
                    summary.lastMessage(), summary.peer());
        }
    }

    public record MemberJson(String userId, MemberRole role, long lastReadSeq, Instant joinedAt, UserCard user) {
        public static MemberJson of(MemberView view) {
            var member = view.member();
            return new MemberJson(member.userId(), member.role(), member.lastReadSeq(), member.joinedAt(), view.user());
        }

        /** A member without the user card, as in WebSocket events. */
        public static MemberJson of(dev.parley.core.room.Member member) {
            return new MemberJson(member.userId(), member.role(), member.lastReadSeq(), member.joinedAt(), null);
        }
    }
}
