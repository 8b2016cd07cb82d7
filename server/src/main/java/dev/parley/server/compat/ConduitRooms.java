package dev.parley.server.compat;

import dev.parley.core.auth.Actor;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.RoomService;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.RoomType;
import java.util.ArrayList;
import java.util.List;

/** Reads what a Conduit room document needs: the caller's group rooms, and every member of a room. */
final class ConduitRooms {
    private final RoomService rooms;
    private final MemberService members;

    ConduitRooms(RoomService rooms, MemberService members) {
        this.rooms = rooms;
        this.members = members;
    }

    RoomService service() {
        return rooms;
    }

    /** The caller's group rooms (Conduit's rooms), in Parley's room-list order. */
    List<RoomSummary> groupRooms(Actor actor) {
        List<RoomSummary> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = rooms.list(actor, new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().stream().filter(summary -> summary.room().type() == RoomType.GROUP).forEach(all::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /** Every member of a room the caller may see. */
    List<Member> members(Actor actor, String roomId) {
        List<Member> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = members.list(actor, roomId, new PageRequest(PageRequest.MAX_LIMIT, cursor));
            page.items().stream().map(MemberView::member).forEach(all::add);
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    ConduitViews.ChatRoom document(Actor actor, RoomSummary summary) {
        return ConduitViews.ChatRoom.of(summary.room(), members(actor, summary.room().id().toString()));
    }
}
