package dev.parley.core.stream;

import java.util.UUID;

/** A streaming message whose author has not ended its stream yet. */
public record OpenStream(UUID roomId, UUID messageId) {
}
