package dev.parley.server.socketio;

import io.javalin.http.Context;

/**
 * The error answers of Engine.IO's HTTP side, in its own shape {@code {code, message}}: the
 * code a client library reacts to, and a message that names the problem.
 */
final class EngineErrors {
    static final int UNKNOWN_TRANSPORT = 0;
    static final int UNKNOWN_SID = 1;
    static final int BAD_HANDSHAKE_METHOD = 2;
    static final int BAD_REQUEST = 3;
    static final int UNSUPPORTED_PROTOCOL_VERSION = 5;

    private EngineErrors() {
    }

    static void write(Context ctx, int status, int code, String message) {
        ctx.status(status).contentType("application/json")
                .result("{\"code\":" + code + ",\"message\":" + quoted(message) + "}");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
