package dev.parley.core.call;

import dev.parley.core.message.Append;
import dev.parley.core.message.CallNote;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one message an ended call leaves in its room: written by the initiator, with the call's
 * note, a readable summary as its text (for clients that do not know calls) and a client id
 * made of the call's id, so writing it twice stores it once.
 */
final class CallNotes {
    private CallNotes() {
    }

    static Append append(Call call, UUID messageId, boolean directRoom, Instant now) {
        CallNote note = new CallNote(call.id(), call.outcome().wireName(), call.durationMs());
        return new Append(messageId, call.roomId(), directRoom, call.initiatorId(), text(call), null, List.of(),
                clientId(call.id()), now, false, note);
    }

    static String clientId(UUID callId) {
        return "call-" + callId;
    }

    static String text(Call call) {
        String media = call.media() == CallMedia.VIDEO ? "video call" : "audio call";
        return switch (call.outcome()) {
            case ANSWERED -> capitalized(media) + " (" + duration(call.durationMs()) + ")";
            case REJECTED -> "Declined " + media;
            case MISSED -> "Missed " + media;
            case BUSY -> capitalized(media) + ": busy";
            case CANCELLED -> "Cancelled " + media;
        };
    }

    static String duration(long millis) {
        long seconds = millis / 1000;
        long hours = seconds / 3600;
        String minutesSeconds = String.format("%d:%02d", seconds / 60 % 60, seconds % 60);
        return hours > 0 ? hours + ":" + String.format("%02d", seconds / 60 % 60) + ":"
                + String.format("%02d", seconds % 60) : minutesSeconds;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
