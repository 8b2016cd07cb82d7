package dev.parley.server.compat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.HistoryQuery;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageService;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberService;
import dev.parley.core.room.RoomService;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.http.RequestBodies;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The Conduit chat module's message routes: {@code GET /chat/messages} (newest first,
 * {@code skip}/{@code limit}, with the {@code count} of the room's messages — of every room of
 * the caller without {@code roomId}) and editing or deleting one message by id. Paging is by
 * seq, so the page is exact and cheap; a deleted message keeps its place (and its count) but is
 * not listed.
 */
public final class ConduitMessageRoutes implements Routes {
    private static final int DEFAULT_LIMIT = 50;

    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final MessageService messages;
    private final ConduitRooms rooms;

    public ConduitMessageRoutes(Authenticator authenticator, RequestBodies bodies, MessageService messages,
            RoomService rooms, MemberService members) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.messages = messages;
        this.rooms = new ConduitRooms(rooms, members);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/chat/messages", this::list);
        routes.put("/chat/messages/{messageId}", this::edit);
        routes.delete("/chat/messages/{messageId}", this::delete);
    }

    private void list(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        int skip = ConduitRequests.number(ctx, "skip", 0, Integer.MAX_VALUE);
        int limit = ConduitRequests.number(ctx, "limit", DEFAULT_LIMIT, PageRequest.MAX_LIMIT);
        String roomId = ctx.queryParam("roomId");
        if (roomId != null) {
            long lastSeq = rooms.service().get(actor, roomId).room().lastSeq();
            ctx.json(new ConduitViews.Messages(newest(actor, roomId, lastSeq, skip, limit), lastSeq));
            return;
        }
        if (skip + (long) limit > PageRequest.MAX_LIMIT) {
            throw ParleyException.invalid("without roomId, skip + limit may be at most " + PageRequest.MAX_LIMIT
                    + "; page one room at a time with roomId");
        }
        var positions = rooms.service().positionsOf(actor);
        List<ConduitViews.ChatMessage> all = new ArrayList<>();
        for (var room : positions.entrySet()) {
            all.addAll(newest(actor, room.getKey().toString(), room.getValue().lastSeq(), 0, skip + limit));
        }
        all.sort(Comparator.comparing(ConduitViews.ChatMessage::createdAt).reversed());
        long count = positions.values().stream().mapToLong(position -> position.lastSeq()).sum();
        ctx.json(new ConduitViews.Messages(all.stream().skip(skip).limit(limit).toList(), count));
    }

    /** Up to {@code limit} messages of a room, newest first, below the {@code skip} newest. */
    private List<ConduitViews.ChatMessage> newest(Actor actor, String roomId, long lastSeq, int skip, int limit) {
        long before = lastSeq - skip + 1;
        if (before <= 1 || limit == 0) {
            return List.of();
        }
        List<Message> page = messages.history(actor, roomId, new HistoryQuery(before, null, limit)).items();
        List<Member> members = rooms.members(actor, roomId);
        return page.reversed().stream().filter(message -> !message.isDeleted())
                .map(message -> ConduitViews.ChatMessage.of(message, members)).toList();
    }

    private void edit(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, ConduitRequests.EditMessage.class);
        if (body.newMessage() == null) {
            throw ParleyException.invalid("newMessage is required");
        }
        inCallersRooms(actor, ctx.pathParam("messageId"),
                (roomId, messageId) -> messages.edit(actor, roomId, messageId, body.newMessage()));
        ctx.json(new ConduitViews.Result("Message updated successfully"));
    }

    private void delete(Context ctx) {
        Actor actor = authenticator.user(ctx).actor();
        inCallersRooms(actor, ctx.pathParam("messageId"), (roomId, messageId) -> messages.delete(actor, roomId, messageId));
        ctx.json(new ConduitViews.Result("Message deleted successfully"));
    }

    /**
     * Conduit names a message by its id alone: the change is tried in each of the caller's rooms
     * until one holds the message (a message of a room the caller is not in is not found).
     */
    private void inCallersRooms(Actor actor, String messageId, BiFunction<String, String, Message> change) {
        dev.parley.core.id.Uuids.parse("messageId", messageId);
        for (UUID room : rooms.service().positionsOf(actor).keySet()) {
            try {
                change.apply(room.toString(), messageId);
                return;
            } catch (ParleyException e) {
                if (e.code() != ErrorCode.MESSAGE_NOT_FOUND) {
                    throw e;
                }
            }
        }
        throw new ParleyException(ErrorCode.MESSAGE_NOT_FOUND, "Message does not exist or you don't have access");
    }
}
