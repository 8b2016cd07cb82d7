-- Parley schema, version 25: at most one pending invitation per (room, invitee), enforced by
-- the database and not only by the service (two concurrent adds of one person each saw no
-- pending invitation and both stored one). One text for H2 (PostgreSQL mode) and PostgreSQL.
--
-- pending_key is TRUE while an invitation is pending and NULL once it is answered; a unique
-- index over (room_id, invitee_id, pending_key) then allows one pending row per pair and any
-- number of answered ones (NULLs are distinct in unique indexes on both databases).

ALTER TABLE invitations ADD COLUMN pending_key BOOLEAN;

-- Duplicates such a race may have left: the oldest pending invitation of a pair stays, the
-- later ones are cancelled (the invitee sees the one they would have seen first).
UPDATE invitations SET status = 'cancelled', answered_at = CURRENT_TIMESTAMP
WHERE status = 'pending' AND EXISTS (
    SELECT 1 FROM invitations earlier
    WHERE earlier.room_id = invitations.room_id AND earlier.invitee_id = invitations.invitee_id
      AND earlier.status = 'pending'
      AND (earlier.created_at < invitations.created_at
           OR (earlier.created_at = invitations.created_at AND earlier.id < invitations.id)));

UPDATE invitations SET pending_key = TRUE WHERE status = 'pending';

CREATE UNIQUE INDEX invitations_one_pending ON invitations (room_id, invitee_id, pending_key);
