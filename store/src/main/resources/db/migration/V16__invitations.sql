-- Parley schema, version 13: invitations to group rooms (explicit joins, rooms.explicit-joins).
-- One text for H2 (PostgreSQL mode) and PostgreSQL.
-- An invitation keeps its row when answered (status, answered_at), so answering twice is told
-- apart from an invitation that never existed. room_id has no foreign key: an invitation
-- outlives a deleted room and says so when answered; the lists join rooms and leave it out.

CREATE TABLE invitations (
    id           UUID NOT NULL,
    room_id      UUID NOT NULL,
    inviter_id   VARCHAR(128) ${byteOrder} NOT NULL,
    invitee_id   VARCHAR(128) ${byteOrder} NOT NULL,
    status       VARCHAR(16) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitations_pk PRIMARY KEY (id),
    CONSTRAINT invitations_inviter FOREIGN KEY (inviter_id) REFERENCES users (id),
    CONSTRAINT invitations_invitee FOREIGN KEY (invitee_id) REFERENCES users (id)
);

CREATE INDEX invitations_by_invitee ON invitations (invitee_id, status, created_at);
CREATE INDEX invitations_by_inviter ON invitations (inviter_id, status, created_at);
CREATE INDEX invitations_by_room ON invitations (room_id, status, invitee_id);
