-- Parley schema, version 20: reported messages (the moderation queue), slow mode, app-wide bans. One text for H2
-- (PostgreSQL mode) and PostgreSQL.

-- A member's report of a message, with a copy of the message's author and text as reported
-- (kept when the message is later edited or deleted). A reporter flags a message once.
-- status: open, dismissed (the message stays) or deleted (the message was deleted).
CREATE TABLE message_flags (
    id            UUID NOT NULL,
    room_id       UUID NOT NULL,
    message_id    UUID NOT NULL,
    reporter_id   VARCHAR(128) ${byteOrder} NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    author_id     VARCHAR(128) ${byteOrder} NOT NULL,
    message_text  VARCHAR NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(16) NOT NULL,
    resolved_by   VARCHAR(200),
    resolved_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT message_flags_pk PRIMARY KEY (id),
    CONSTRAINT message_flags_once UNIQUE (message_id, reporter_id),
    CONSTRAINT message_flags_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE,
    CONSTRAINT message_flags_reporter FOREIGN KEY (reporter_id) REFERENCES users (id),
    CONSTRAINT message_flags_status CHECK (status IN ('open', 'dismissed', 'deleted'))
);
-- The queue: flags of a status, newest first.
CREATE INDEX message_flags_queue ON message_flags (status, id);

-- Slow mode: a member of the room posts once per slow_mode_seconds (0: off). Their last turn is
-- kept only in rooms in slow mode, so other rooms pay nothing for it.
ALTER TABLE rooms ADD COLUMN slow_mode_seconds INT DEFAULT 0 NOT NULL;

CREATE TABLE slow_mode_turns (
    room_id     UUID NOT NULL,
    user_id     VARCHAR(128) ${byteOrder} NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT slow_mode_turns_pk PRIMARY KEY (room_id, user_id),
    CONSTRAINT slow_mode_turns_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE,
    CONSTRAINT slow_mode_turns_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- App-wide bans: the user's tokens are refused until expires_at (NULL: until lifted). Read when
-- a token is verified, never per send.
CREATE TABLE app_bans (
    user_id     VARCHAR(128) ${byteOrder} NOT NULL,
    reason      VARCHAR(500),
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT app_bans_pk PRIMARY KEY (user_id),
    CONSTRAINT app_bans_user FOREIGN KEY (user_id) REFERENCES users (id)
);
