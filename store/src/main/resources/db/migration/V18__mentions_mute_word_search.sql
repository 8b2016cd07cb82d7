-- Parley schema, version 14: mentions, per-room mute and word-start user search.
-- One text for H2 (PostgreSQL mode) and PostgreSQL; ${byteOrder} as in V1.

-- The members a message mentions, as the message carries them: their user ids separated by
-- spaces (user ids have none), NULL for none; mentions_all is @all / @here.
ALTER TABLE messages ADD COLUMN mentions VARCHAR;
ALTER TABLE messages ADD COLUMN mentions_all BOOLEAN NOT NULL DEFAULT FALSE;

-- One row per mention, so that a room list counts a user's unread mentions with one range
-- read of this key per room: WHERE room_id = ? AND user_id IN (?, '*') AND seq > last_read_seq.
-- user_id '*' (never a user id) is a mention of everyone (@all / @here). A deleted message
-- loses its rows with its mentions; an edit rewrites them.
CREATE TABLE mentions (
    room_id    UUID NOT NULL,
    user_id    VARCHAR(128) ${byteOrder} NOT NULL,
    seq        BIGINT NOT NULL,
    message_id UUID NOT NULL,
    CONSTRAINT mentions_pk PRIMARY KEY (room_id, user_id, seq),
    CONSTRAINT mentions_message FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE
);
CREATE INDEX mentions_by_message ON mentions (message_id);

-- Muting is per membership: a muted room does not notify (every device reads it from the room list).
ALTER TABLE members ADD COLUMN muted BOOLEAN NOT NULL DEFAULT FALSE;

-- Word-start search: ' ' + the folded words of the name and of the id, each word after a
-- space, so that LIKE '% kim%' finds "Grace Kim" (and LIKE '% grace%' finds grace.kim). New
-- and changed users get the separators of UserRows.words(); existing rows split on spaces.
ALTER TABLE users ADD COLUMN words_folded VARCHAR ${byteOrder} NOT NULL DEFAULT '';
UPDATE users SET words_folded = ' ' || name_folded || ' ' || id_folded;
