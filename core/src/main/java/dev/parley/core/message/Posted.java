package dev.parley.core.message;

/** The result of a send: the stored message, and whether this call created it (false on a retry). */
public record Posted(Message message, boolean created) {
}
