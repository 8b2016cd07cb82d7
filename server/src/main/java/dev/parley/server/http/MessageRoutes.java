package dev.parley.server.http;

import dev.parley.core.message.Attachment;
import dev.parley.core.message.HistoryQuery;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.MessageService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** Messages of a room: history, send, edit, delete, reactions. */
public final class MessageRoutes implements Routes {
    private static final String MESSAGE = "/v1/rooms/{roomId}/messages/{messageId}";
    private final Authenticator authenticator;
    private final RequestBodies bodies;
    private final MessageService messages;

    public MessageRoutes(Authenticator authenticator, RequestBodies bodies, MessageService messages) {
        this.authenticator = authenticator;
        this.bodies = bodies;
        this.messages = messages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/rooms/{roomId}/messages", this::history);
        routes.post("/v1/rooms/{roomId}/messages", this::send);
        routes.patch(MESSAGE, this::edit);
        routes.delete(MESSAGE, this::delete);
        routes.put(MESSAGE + "/reactions/{emoji}", ctx -> react(ctx, true));
        routes.delete(MESSAGE + "/reactions/{emoji}", ctx -> react(ctx, false));
    }

    private void history(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var query = new HistoryQuery(QueryParams.optionalLong(ctx, "before"), QueryParams.optionalLong(ctx, "after"),
                QueryParams.limit(ctx));
        ctx.json(messages.history(actor, ctx.pathParam("roomId"), query));
    }

    private void send(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, Requests.SendMessage.class);
        var draft = new MessageDraft(body.text(), body.clientId(), body.parentId(), attachments(body.attachments()));
        var posted = messages.post(actor, ctx.pathParam("roomId"), draft);
        ctx.status(posted.created() ? 201 : 200).json(posted.message());
    }

    private void edit(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        var body = bodies.read(ctx, Requests.EditMessage.class);
        ctx.json(messages.edit(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"), body.text()));
    }

    private void delete(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(messages.delete(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId")));
    }

    private void react(Context ctx, boolean add) {
        var actor = authenticator.user(ctx).actor();
        ctx.json(messages.react(actor, ctx.pathParam("roomId"), ctx.pathParam("messageId"), ctx.pathParam("emoji"),
                add));
    }

    private static List<Attachment> attachments(List<Requests.Attachment> bodies) {
        if (bodies == null) {
            return null;
        }
        return bodies.stream().map(a -> a == null ? null
                : new Attachment(a.type(), a.url(), a.name(), a.mimeType(), a.size(), a.fileId(), null)).toList();
    }
}
