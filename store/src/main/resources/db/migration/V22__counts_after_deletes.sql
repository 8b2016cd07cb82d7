-- Parley schema, version 22: counts that stay true after deletes (issue 19, part 2). One text
-- for H2 (PostgreSQL mode) and PostgreSQL.

-- The seq of the room's latest message that is not deleted (0 when there is none), for the
-- room list's lastMessage: the message log moves it with last_seq in the UPDATE that reserves
-- the seqs (no statement more per send); deleting that message moves it back to the one before
-- that still exists.
ALTER TABLE rooms ADD COLUMN last_message_seq BIGINT NOT NULL DEFAULT 0;
UPDATE rooms SET last_message_seq = COALESCE(
    (SELECT MAX(m.seq) FROM messages m WHERE m.room_id = rooms.id AND m.deleted_at IS NULL), 0);

-- One row per deleted message, keyed (room, seq), so that a member's unread count is the room's
-- last seq − their read mark − the deletions above the mark: one range read of this key, as
-- many index entries as deleted unread messages (usually none). Written only by a delete.
CREATE TABLE message_deletions (
    room_id UUID NOT NULL,
    seq     BIGINT NOT NULL,
    CONSTRAINT message_deletions_pk PRIMARY KEY (room_id, seq),
    CONSTRAINT message_deletions_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
);
INSERT INTO message_deletions (room_id, seq) SELECT room_id, seq FROM messages WHERE deleted_at IS NOT NULL;
