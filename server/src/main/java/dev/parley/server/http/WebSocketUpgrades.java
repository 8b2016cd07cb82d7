package dev.parley.server.http;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Checks a WebSocket upgrade request before the WebSocket server sees it (RFC 6455 §4.2.1): a
 * missing or malformed {@code Sec-WebSocket-Key} is a 400, a version other than 13 (or none) a
 * 426 that names the supported one in {@code Sec-WebSocket-Version}. The refusal is written
 * straight to the response: an upgrade request has no Javalin result to carry it.
 */
public final class WebSocketUpgrades {
    public static final String VERSION = "13";
    private final Problems problems;

    public WebSocketUpgrades(Problems problems) {
        this.problems = problems;
    }

    public void check(Context ctx) {
        try {
            checkHeaders(ctx);
        } catch (ParleyException refused) {
            refuse(ctx, refused);
            ctx.skipRemainingHandlers(); // no upgrade after the refusal
        }
    }

    private static void checkHeaders(Context ctx) {
        String version = ctx.header("Sec-WebSocket-Version");
        if (version == null || !version.trim().equals(VERSION)) {
            throw new ParleyException(ErrorCode.UPGRADE_REQUIRED, version == null
                    ? "this route takes WebSocket upgrades only (Upgrade: websocket, Sec-WebSocket-Version: " + VERSION + ")"
                    : "WebSocket version " + version.trim() + " is not supported; use " + VERSION);
        }
        String key = ctx.header("Sec-WebSocket-Key");
        if (key == null || !isNonce(key.trim())) {
            throw ParleyException.invalid("a WebSocket upgrade needs a Sec-WebSocket-Key: 16 random bytes in base64");
        }
    }

    private void refuse(Context ctx, ParleyException refused) {
        var response = ctx.res();
        byte[] body = problems.body(refused.code(), refused.detail()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(refused.code().status());
        response.setContentType(Problems.CONTENT_TYPE);
        response.setContentLength(body.length);
        if (refused.code() == ErrorCode.UPGRADE_REQUIRED) {
            response.setHeader("Sec-WebSocket-Version", VERSION);
            response.setHeader("Upgrade", "websocket");
        }
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNonce(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 16;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
