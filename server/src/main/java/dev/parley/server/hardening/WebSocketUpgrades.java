package dev.parley.server.hardening;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import io.javalin.http.Context;
import java.util.Base64;

/**
 * Checks a WebSocket upgrade request before the WebSocket server sees it (RFC 6455 §4.2.1): a
 * missing or malformed {@code Sec-WebSocket-Key} is a 400, a version other than 13 a 426 that
 * names the supported one in {@code Sec-WebSocket-Version}.
 */
public final class WebSocketUpgrades {
    public static final String VERSION = "13";

    private WebSocketUpgrades() {
    }

    public static void check(Context ctx) {
        String version = ctx.header("Sec-WebSocket-Version");
        if (version == null || !version.trim().equals(VERSION)) {
            ctx.header("Sec-WebSocket-Version", VERSION);
            throw new ParleyException(ErrorCode.UPGRADE_REQUIRED, version == null
                    ? "a WebSocket upgrade needs Sec-WebSocket-Version: " + VERSION
                    : "WebSocket version " + version.trim() + " is not supported; use " + VERSION);
        }
        String key = ctx.header("Sec-WebSocket-Key");
        if (key == null || !isNonce(key.trim())) {
            throw ParleyException.invalid("a WebSocket upgrade needs a Sec-WebSocket-Key: 16 random bytes in base64");
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
