package dev.parley.core.webhook;

import java.util.List;

/** The event type names a subscription may ask for (the WebSocket protocol's names), or {@code "*"}. */
public final class WebhookEvents {
    public static final List<String> TYPES = List.of("message.new", "message.updated", "message.deleted",
            "message.stop_requested", "reaction.added", "reaction.removed", "room.created", "room.updated",
            "room.deleted", "member.added", "member.updated", "member.removed", "member.banned", "member.unbanned", "member.muted", "member.unmuted", "room.frozen",
            "read", "call.updated", "invitation.changed");

    private WebhookEvents() {
    }
}
