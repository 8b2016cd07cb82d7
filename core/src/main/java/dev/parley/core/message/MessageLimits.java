package dev.parley.core.message;

/** Configurable limits on what a message may hold. */
public record MessageLimits(int maxTextLength, int maxAttachments) {
    public static final MessageLimits DEFAULT = new MessageLimits(4000, 10);
    public static final int MAX_CLIENT_ID = 64;
    public static final int MAX_EMOJI = 64;
}
