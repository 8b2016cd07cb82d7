-- Parley schema, version 19: moderation read with the room, not beside it. One text for H2
-- (PostgreSQL mode) and PostgreSQL.
--
-- The send path reads the room and the sender's membership in one query; a freeze and a
-- moderator's mute now ride on those rows, so checking them costs no query of its own.
-- room_restrictions stays the record of bans and mutes (reason, who, when, end); a mute is
-- copied onto the membership (and back onto it when the user rejoins while it lasts).

-- Frozen: only those who may freeze the room post. Replaces frozen_rooms (who froze it and
-- when is in the audit log).
ALTER TABLE rooms ADD COLUMN frozen BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE rooms SET frozen = TRUE WHERE id IN (SELECT room_id FROM frozen_rooms);
DROP TABLE frozen_rooms;

-- Silenced: muted by a moderator (reads, does not post) until silenced_until (NULL: until
-- lifted). Not members.muted, which is the member's own choice that the room does not notify.
ALTER TABLE members ADD COLUMN silenced BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE members ADD COLUMN silenced_until TIMESTAMP WITH TIME ZONE;
UPDATE members SET silenced = TRUE,
    silenced_until = (SELECT r.expires_at FROM room_restrictions r
                      WHERE r.room_id = members.room_id AND r.user_id = members.user_id AND r.kind = 'mute')
WHERE EXISTS (SELECT 1 FROM room_restrictions r
              WHERE r.room_id = members.room_id AND r.user_id = members.user_id AND r.kind = 'mute');
