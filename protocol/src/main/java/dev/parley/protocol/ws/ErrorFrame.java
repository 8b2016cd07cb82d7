package dev.parley.protocol.ws;

/**
 * {@code error}: a frame was refused; the session stays open. {@code retryAfterSeconds}: present
 * when the refusal ends by itself (slow mode, a rate limit): sending again after that long can
 * succeed.
 */
public record ErrorFrame(String type, String ref, String code, String detail, Long retryAfterSeconds)
        implements ServerFrame {
    public static final String TYPE = "error";

    public ErrorFrame(String ref, String code, String detail) {
        this(TYPE, ref, code, detail, null);
    }

    public ErrorFrame(String ref, String code, String detail, Long retryAfterSeconds) {
        this(TYPE, ref, code, detail, retryAfterSeconds);
    }
}
