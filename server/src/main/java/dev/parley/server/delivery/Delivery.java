package dev.parley.server.delivery;

import dev.parley.core.event.Event;
import dev.parley.core.message.Message;
import java.util.UUID;

/**
 * One event on its way to many recipients. It is encoded at most once per wire format, by
 * whichever recipient of that format needs it first ({@link #encoded}), so a room of a
 * thousand native clients costs one serialization, and adding a transport adds one more, not
 * one per client. {@code roomId} is null for events that belong to no room (presence).
 */
public final class Delivery {
    private final Event event;
    private final UUID roomId;
    private final Message message;
    // The common case is one wire format: one slot, then a second for a second transport.
    private Encoding<?> firstFormat;
    private Object firstEncoded;
    private Encoding<?> secondFormat;
    private Object secondEncoded;

    private Delivery(Event event, UUID roomId, Message message) {
        this.event = event;
        this.roomId = roomId;
        this.message = message;
    }

    public static Delivery of(Event event) {
        return switch (event) {
            case Event.MessagePosted posted -> new Delivery(event, posted.roomId(), posted.message());
            case Event.RoomEvent roomEvent -> new Delivery(event, roomEvent.roomId(), null);
            default -> new Delivery(event, null, null);
        };
    }

    public Event event() {
        return event;
    }

    public UUID roomId() {
        return roomId;
    }

    /** Whether this is a new message: what a recipient's exactly-once ledger counts by seq. */
    public boolean messageNew() {
        return message != null;
    }

    /** The new message ({@link #messageNew()}), else null. */
    public Message message() {
        return message;
    }

    public long seq() {
        return message == null ? 0 : message.seq();
    }

    /** The room's change number of a change other than a new message, else 0. */
    public long change() {
        return event instanceof Event.RoomChange change ? change.change() : 0;
    }

    /** The event in {@code format}, encoded on first use and shared by every recipient of that format. */
    @SuppressWarnings("unchecked")
    public synchronized <T> T encoded(Encoding<T> format) {
        if (firstFormat == format) {
            return (T) firstEncoded;
        }
        if (secondFormat == format) {
            return (T) secondEncoded;
        }
        T encoded = format.encode(event);
        if (firstFormat == null) {
            firstFormat = format;
            firstEncoded = encoded;
        } else if (secondFormat == null) {
            secondFormat = format;
            secondEncoded = encoded;
        }
        return encoded;
    }
}
