package dev.parley.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MessageRepository {
    Optional<Message> find(UUID roomId, UUID messageId);

    Optional<Message> findBySeq(UUID roomId, long seq);

    /** Up to {@code fetch} messages below {@code before} in descending seq. */
    List<Message> before(UUID roomId, long before, int fetch);

    /** Up to {@code fetch} messages above {@code after} in ascending seq. */
    List<Message> after(UUID roomId, long after, int fetch);

    /** New text and the mentions parsed from it (the mention rows that count unread mentions follow). */
    void edit(UUID messageId, String text, Mentions mentions, Instant at);

    /**
     * Turns the message into a tombstone: empty text, no attachments, no reactions, no mentions;
     * from then on it counts in {@link #deletedAbove} and is nobody's {@link #latest} message.
     * The caller holds the room's row lock ({@code RoomRepository.lock}), so that two deletes of
     * the room's latest messages do not cross.
     */
    void tombstone(UUID messageId, Instant at);

    /**
     * How many of the room's messages above {@code seq} are deleted: what an unread count
     * (the room's last seq − the read mark) leaves out. Costs as many index entries as
     * deletions above {@code seq} — usually none — whatever the room's size.
     */
    long deletedAbove(UUID roomId, long seq);

    /** The room's latest message that is not deleted (the room list's last message); empty when none is left. */
    Optional<Message> latest(UUID roomId);

    /**
     * Up to {@code limit} messages of the user that are not deleted, in {@code roomId} or (null)
     * in every room; in no particular order (a purge tombstones each batch before asking again).
     */
    List<Message> liveOf(String userId, UUID roomId, int limit);
}
