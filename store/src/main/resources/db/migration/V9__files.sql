-- Parley schema, version 3: uploaded files (bytes in the configured file storage, not here).
-- One text for H2 (PostgreSQL mode) and PostgreSQL; ${byteOrder} as in V1.
-- message_id: the message that claimed the file (set just before the message is stored).
-- removable_at: when the sweeper may remove it (an unattached upload's deadline, or the
-- moment its message was deleted); NULL once its message is stored. The sweeper never removes
-- a file whose message exists and is not deleted.

CREATE TABLE files (
    id            UUID NOT NULL,
    room_id       UUID NOT NULL,
    uploader_id   VARCHAR(128) ${byteOrder} NOT NULL,
    name          VARCHAR(1024) NOT NULL,
    size          BIGINT NOT NULL,
    mime_type     VARCHAR(255) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    width         INTEGER,
    height        INTEGER,
    duration_ms   BIGINT,
    has_thumbnail BOOLEAN NOT NULL DEFAULT FALSE,
    message_id    UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    removable_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT files_pk PRIMARY KEY (id),
    CONSTRAINT files_room FOREIGN KEY (room_id) REFERENCES rooms (id) ON DELETE CASCADE
);
CREATE INDEX files_by_message ON files (message_id);
CREATE INDEX files_by_removable_at ON files (removable_at);
