-- Parley schema, version 15: every change to a room in its order (issue 19). One text for H2
-- (PostgreSQL mode) and PostgreSQL.
-- Besides the message seq, a room counts its other changes (edits, deletions, reactions,
-- membership and room changes): rooms.last_change moves in the transaction of each change,
-- under the room's row lock, as last_seq does for messages; room_changes keeps each change
-- (the event, as JSON) with the room's last seq when it was made, so that a client that
-- reconnects, or a node that missed the bus, gets every change again, in order, exactly once.
-- Messages are not copied here: the send path writes nothing more than before.

ALTER TABLE rooms ADD COLUMN last_change BIGINT NOT NULL DEFAULT 0;

CREATE TABLE room_changes (
    room_id    UUID NOT NULL,
    change_no  BIGINT NOT NULL,
    last_seq   BIGINT NOT NULL,
    event      VARCHAR NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A replay is a range scan of this key.
    CONSTRAINT room_changes_pk PRIMARY KEY (room_id, change_no),
    CONSTRAINT room_changes_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
);
