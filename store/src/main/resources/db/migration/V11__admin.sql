-- Parley schema, version 11: run-time grants, the audit log. One text for H2 (PostgreSQL mode)
-- and PostgreSQL.

-- The grants document an admin stored (none: the config file's defaults apply). One row,
-- id 1; version grows by one per change, so every node knows whether it holds the latest.
CREATE TABLE grant_documents (
    id          INT NOT NULL,
    version     BIGINT NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT grant_documents_pk PRIMARY KEY (id),
    CONSTRAINT grant_documents_one CHECK (id = 1)
);

-- The document's rules in the order written: a row per rule; rule NULL keeps a role with no
-- rules, role NULL a scope with no roles.
CREATE TABLE grant_rules (
    position    INT NOT NULL,
    scope       VARCHAR(32) NOT NULL,
    role        VARCHAR(32),
    rule        VARCHAR(64),
    CONSTRAINT grant_rules_pk PRIMARY KEY (position)
);

-- Every admin and moderation action and grant change, written in the transaction of the
-- action. Append-only: Parley never updates nor deletes a row. Ids are UUIDv7 (time-ordered).
CREATE TABLE audit_log (
    id           UUID NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(200) NOT NULL,
    action       VARCHAR(64) NOT NULL,
    target_type  VARCHAR(32) NOT NULL,
    target_id    VARCHAR(200),
    before_state VARCHAR,
    after_state  VARCHAR,
    CONSTRAINT audit_log_pk PRIMARY KEY (id)
);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_at ON audit_log (at);

-- Moderation: a member banned (out of the room, cannot rejoin nor be re-added) or muted (reads,
-- cannot post) until expires_at (NULL: until lifted); rooms frozen (only moderators post).
CREATE TABLE room_restrictions (
    room_id     UUID NOT NULL,
    user_id     VARCHAR(128) ${byteOrder} NOT NULL,
    kind        VARCHAR(8) NOT NULL,
    reason      VARCHAR(500),
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT room_restrictions_pk PRIMARY KEY (room_id, user_id, kind),
    CONSTRAINT room_restrictions_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE,
    CONSTRAINT room_restrictions_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT room_restrictions_kind CHECK (kind IN ('ban', 'mute'))
);

CREATE TABLE frozen_rooms (
    room_id     UUID NOT NULL,
    frozen_by   VARCHAR(200) NOT NULL,
    frozen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT frozen_rooms_pk PRIMARY KEY (room_id),
    CONSTRAINT frozen_rooms_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
);
