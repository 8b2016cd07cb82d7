-- Parley schema, version 12: audio and video calls. One text for H2 (PostgreSQL mode) and
-- PostgreSQL. A call is ringing, active or ended; version guards its state machine against two
-- nodes moving it at once (a timeout racing an accept). A call leaves one message in its room:
-- the call_* columns of messages say which call and how it ended.

CREATE TABLE calls (
    id           UUID NOT NULL,
    room_id      UUID NOT NULL,
    -- The room while the call is live, NULL once it ended: at most one live call per room
    -- (NULLs do not collide), so two crossing starts cannot both create one.
    live_room_id UUID,
    initiator_id VARCHAR(128) ${byteOrder} NOT NULL,
    media        VARCHAR(8) NOT NULL,
    mode         VARCHAR(8) NOT NULL,
    state        VARCHAR(8) NOT NULL,
    outcome      VARCHAR(16),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE,
    ended_at     TIMESTAMP WITH TIME ZONE,
    ring_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INT NOT NULL,
    CONSTRAINT calls_pk PRIMARY KEY (id),
    CONSTRAINT calls_live_room UNIQUE (live_room_id),
    CONSTRAINT calls_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
);
-- The ringing calls past their deadline.
CREATE INDEX calls_by_state_ring_until ON calls (state, ring_until);

CREATE TABLE call_participants (
    call_id    UUID NOT NULL,
    position   INT NOT NULL,
    user_id    VARCHAR(128) ${byteOrder} NOT NULL,
    state      VARCHAR(16) NOT NULL,
    session_id VARCHAR(64),
    joined_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT call_participants_pk PRIMARY KEY (call_id, user_id),
    CONSTRAINT call_participants_call FOREIGN KEY (call_id) REFERENCES calls (id) ON DELETE CASCADE
);
-- Whether a user is in a call already (busy).
CREATE INDEX call_participants_by_user ON call_participants (user_id, state);

ALTER TABLE messages ADD COLUMN call_id UUID;
ALTER TABLE messages ADD COLUMN call_outcome VARCHAR(16);
ALTER TABLE messages ADD COLUMN call_duration_ms BIGINT;
