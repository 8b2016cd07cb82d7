package dev.parley.server.files;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.file.FileService;
import dev.parley.core.file.FileStorage;
import dev.parley.core.file.StoredFile;
import dev.parley.core.file.StoredFile.Variant;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves a file through its signed link. A link that is tampered with or expired is a 403
 * that says nothing about the file. Responses are never sniffed, run nothing (a sandboxing
 * CSP) and are downloads unless the file is an image, audio or video.
 */
final class FileDownloads {
    private static final String POLICY = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

    private final FileService files;
    private final FileStorage storage;
    private final LinkSigner signer;
    private final Clock clock;

    FileDownloads(FileService files, FileStorage storage, LinkSigner signer, Clock clock) {
        this.files = files;
        this.storage = storage;
        this.signer = signer;
        this.clock = clock;
    }

    void serve(Context ctx) throws IOException {
        String fileId = ctx.pathParam("fileId");
        String variantName = ctx.pathParam("variant");
        if (!signer.verify(fileId, variantName, ctx.queryParam("expires"), ctx.queryParam("signature"), clock.instant())) {
            throw new ParleyException(ErrorCode.FORBIDDEN, "this link is not valid (it may have expired); ask for the"
                    + " message or file again for a fresh one");
        }
        Variant variant = Variant.valueOf(variantName.toUpperCase(Locale.ROOT));
        StoredFile file = files.find(UUID.fromString(fileId)).orElseThrow(FileService::notFound);
        Optional<FileStorage.StoredObject> object = storage.open(file.variantKey(variant));
        if (object.isEmpty()) {
            throw FileService.notFound();
        }
        try (var stored = object.get()) {
            headers(ctx, file, variant, stored.length());
            if (!"HEAD".equals(ctx.method().name())) {
                copy(stored.content(), ctx.res().getOutputStream());
            }
        }
    }

    private static void headers(Context ctx, StoredFile file, Variant variant, long length) {
        String type = file.mimeTypeOf(variant);
        safeHeaders(ctx, type.startsWith("text/") ? type + "; charset=utf-8" : type, length, POLICY,
                "private, max-age=3600, immutable");
        boolean inline = file.kind().isMedia() && !type.contains("svg") && !type.contains("html");
        String name = variant == Variant.ORIGINAL ? file.name() : variant.wireName() + ".jpg";
        ctx.header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + asciiName(name)
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** What every file answer carries: never sniffed, nothing run, embeddable as an image from other origins. */
    static void safeHeaders(Context ctx, String contentType, long length, String policy, String cacheControl) {
        ctx.status(200);
        ctx.contentType(contentType);
        ctx.header("Content-Length", Long.toString(length));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", policy);
        ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
        ctx.header("Cache-Control", cacheControl);
    }

    /** A plain-ASCII stand-in for old clients: quotes, backslashes and non-ASCII become underscores. */
    private static String asciiName(String name) {
        StringBuilder ascii = new StringBuilder(name.length());
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
        out.flush();
    }
}
