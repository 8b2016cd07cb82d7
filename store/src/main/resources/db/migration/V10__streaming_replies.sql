-- Parley schema, version 10: replies that bots stream. One text for H2 (PostgreSQL mode) and
-- PostgreSQL.
-- messages.streaming is NULL for an ordinary message, TRUE while its author streams its text,
-- FALSE once the stream ended. A nullable column without a default: adding it rewrites no row,
-- and ordinary sends write NULL into it.
ALTER TABLE messages ADD COLUMN streaming BOOLEAN;

-- One row per open stream, so that finding the idle ones reads this small table (through its
-- touched_at index) and never the messages; the row goes when the stream ends.
CREATE TABLE message_streams (
    message_id UUID NOT NULL,
    room_id    UUID NOT NULL,
    touched_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_streams_pk PRIMARY KEY (message_id),
    CONSTRAINT message_streams_message FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE
);

CREATE INDEX message_streams_touched ON message_streams (touched_at);
