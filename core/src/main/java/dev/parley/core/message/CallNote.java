package dev.parley.core.message;

import java.util.UUID;

/**
 * What a call left in its room's history: the call, how it ended ({@code answered},
 * {@code rejected}, {@code missed}, {@code busy}, {@code cancelled}) and, when answered, how
 * long it lasted.
 */
public record CallNote(UUID callId, String outcome, Long durationMs) {
}
