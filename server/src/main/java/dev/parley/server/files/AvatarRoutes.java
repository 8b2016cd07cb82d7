package dev.parley.server.files;

import dev.parley.core.file.AvatarService;
import dev.parley.core.file.FileStorage;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.UUID;

/**
 * Avatars of users and rooms: {@code PUT}/{@code DELETE /v1/me/avatar} (the user),
 * {@code /v1/users/{userId}/avatar} (the server API), {@code /v1/rooms/{roomId}/avatar}
 * (owner and moderators), and the images at {@code GET /v1/avatars/{avatarId}/{size}}.
 */
final class AvatarRoutes implements Routes {
    private final Authenticator authenticator;
    private final AvatarService avatars;
    private final AvatarImages images;
    private final MultipartReceiver receiver;
    private final FileStorage storage;
    private final long maxBytes;

    AvatarRoutes(Authenticator authenticator, AvatarService avatars, AvatarImages images, MultipartReceiver receiver,
            FileStorage storage, long maxBytes) {
        this.authenticator = authenticator;
        this.avatars = avatars;
        this.images = images;
        this.receiver = receiver;
        this.storage = storage;
        this.maxBytes = maxBytes;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.put("/v1/me/avatar", ctx -> setUser(ctx, authenticator.user(ctx).actor().userId()));
        routes.delete("/v1/me/avatar", ctx -> removeUser(ctx, authenticator.user(ctx).actor().userId()));
        routes.put("/v1/users/{userId}/avatar", ctx -> {
            authenticator.server(ctx);
            setUser(ctx, ctx.pathParam("userId"));
        });
        routes.delete("/v1/users/{userId}/avatar", ctx -> {
            authenticator.server(ctx);
            removeUser(ctx, ctx.pathParam("userId"));
        });
        routes.put("/v1/rooms/{roomId}/avatar", this::setRoom);
        routes.delete("/v1/rooms/{roomId}/avatar", this::removeRoom);
        routes.get(AvatarImages.ROUTE, this::serve);
    }

    private void setUser(Context ctx, String userId) throws IOException {
        avatars.checkUser(userId);
        String url = receive(ctx, images::store);
        var change = avatars.setUserAvatar(userId, url);
        images.remove(change.previousUrl());
        ctx.json(WireMapper.user(change.user()));
    }

    private void removeUser(Context ctx, String userId) throws IOException {
        var change = avatars.setUserAvatar(userId, null);
        images.remove(change.previousUrl());
        ctx.json(WireMapper.user(change.user()));
    }

    private void setRoom(Context ctx) throws IOException {
        var actor = authenticator.user(ctx).actor();
        UUID room = avatars.accessRoomForAvatar(actor, ctx.pathParam("roomId"));
        String url = receive(ctx, images::store);
        var change = avatars.setRoomAvatar(actor, room, url);
        images.remove(change.previousUrl());
        ctx.json(WireMapper.room(change.room()));
    }

    private void removeRoom(Context ctx) throws IOException {
        var actor = authenticator.user(ctx).actor();
        UUID room = avatars.accessRoomForAvatar(actor, ctx.pathParam("roomId"));
        var change = avatars.setRoomAvatar(actor, room, null);
        images.remove(change.previousUrl());
        ctx.json(WireMapper.room(change.room()));
    }

    private String receive(Context ctx, IoFunction<ReceivedUpload, String> store) throws IOException {
        try (ReceivedUpload upload = receiver.receive(ctx, maxBytes)) {
            return store.apply(upload);
        }
    }

    @FunctionalInterface
    private interface IoFunction<T, R> {
        R apply(T value) throws IOException;
    }

    private void serve(Context ctx) throws IOException {
        UUID id;
        int size;
        try {
            id = UUID.fromString(ctx.pathParam("avatarId"));
            size = Integer.parseInt(ctx.pathParam("size"));
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        if (!AvatarImages.SIZES.contains(size)) {
            throw notFound();
        }
        var object = storage.open(AvatarImages.key(id, size)).orElseThrow(AvatarRoutes::notFound);
        try (object) {
            FileDownloads.safeHeaders(ctx, "image/jpeg", object.length(), "default-src 'none'; sandbox",
                    "public, max-age=31536000, immutable");
            object.content().transferTo(ctx.res().getOutputStream());
        }
    }

    private static ParleyException notFound() {
        return new ParleyException(ErrorCode.FILE_NOT_FOUND, "no such avatar");
    }
}
