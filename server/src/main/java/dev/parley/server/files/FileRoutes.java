package dev.parley.server.files;

import dev.parley.core.file.FileService;
import dev.parley.core.file.StoredFile;
import dev.parley.server.auth.Authenticator;
import dev.parley.server.protocol.WireMapper;
import dev.parley.server.routing.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import dev.parley.protocol.rest.FileList;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** Uploads ({@code POST /v1/rooms/{roomId}/files}, {@code …/voice}) and signed downloads. */
public final class FileRoutes implements Routes {
    private final Authenticator authenticator;
    private final FileService files;
    private final MultipartReceiver receiver;
    private final Uploads uploads;
    private final FileDownloads downloads;
    private final UploadMetrics metrics;
    private final Limits limits;

    /** The size limits of uploads in bytes, and of voice messages in seconds. */
    public record Limits(long fileBytes, long voiceBytes, int voiceSeconds) {
    }

    FileRoutes(Authenticator authenticator, FileService files, MultipartReceiver receiver, Uploads uploads,
            FileDownloads downloads, UploadMetrics metrics, Limits limits) {
        this.authenticator = authenticator;
        this.files = files;
        this.receiver = receiver;
        this.uploads = uploads;
        this.downloads = downloads;
        this.metrics = metrics;
        this.limits = limits;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v1/rooms/{roomId}/files", ctx -> upload(ctx, limits.fileBytes(), null));
        routes.post("/v1/rooms/{roomId}/voice", ctx -> upload(ctx, limits.voiceBytes(),
                new Uploads.Voice(limits.voiceSeconds())));
        routes.get(FileLinks.ROUTE, downloads::serve);
        routes.get("/v1/files", this::fresh);
    }

    /** Fresh links for files the caller may see ({@code ids} comma-separated); the others are left out. */
    private void fresh(Context ctx) {
        var actor = authenticator.user(ctx).actor();
        String ids = ctx.queryParam("ids");
        List<String> named = ids == null || ids.isBlank() ? List.of() : List.of(ids.split(",", -1));
        var found = files.accessible(actor, named).stream().map(WireMapper::file).toList();
        ctx.header("Cache-Control", "no-store").json(new FileList(found));
    }

    private void upload(Context ctx, long limit, Uploads.Voice voice) throws IOException {
        var actor = authenticator.user(ctx).actor();
        try {
            UUID room = files.accessRoomForUpload(actor, ctx.pathParam("roomId"));
            try (ReceivedUpload upload = receiver.receive(ctx, limit)) {
                StoredFile stored = uploads.store(actor, room, upload, voice);
                ctx.status(201).json(WireMapper.file(stored));
            }
        } catch (IOException | RuntimeException e) {
            metrics.failed(e);
            throw e;
        }
    }
}
