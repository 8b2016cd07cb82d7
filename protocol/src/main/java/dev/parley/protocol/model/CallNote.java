package dev.parley.protocol.model;

import java.util.UUID;

/** What a call left in its room: the {@code call} of a message of {@code kind: "call"}. */
public record CallNote(UUID id, CallOutcome outcome, Long durationMs) {
}
