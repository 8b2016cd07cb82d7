package dev.parley.core.user;

/**
 * An application's free-form JSON value, kept verbatim. The transport validates and
 * measures it; the domain only stores and returns it.
 */
public record JsonText(String json) {
    public static final int MAX_BYTES = 4096;
}
