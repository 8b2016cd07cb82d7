package dev.parley.protocol.ws;

/** {@code error}: a frame was refused; the session stays open. */
public record ErrorFrame(String type, String ref, String code, String detail) implements ServerFrame {
    public static final String TYPE = "error";

    public ErrorFrame(String ref, String code, String detail) {
        this(TYPE, ref, code, detail);
    }
}
