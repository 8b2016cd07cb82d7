package dev.parley.protocol.ws;

import dev.parley.protocol.model.Reaction;
import java.util.List;
import java.util.UUID;

/** {@code reaction.added}, {@code reaction.removed}: with the message's reactions afterwards, and the room's change number. */
public record ReactionEvent(String type, UUID roomId, long lastSeq, UUID messageId, String userId, String emoji,
        List<Reaction> reactions, long change) implements ServerFrame {
    public static final String ADDED = "reaction.added";
    public static final String REMOVED = "reaction.removed";
}
