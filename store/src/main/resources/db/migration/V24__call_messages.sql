-- Parley schema, version 24: an ended call waits for its message. One text for H2 (PostgreSQL
-- mode) and PostgreSQL. Ending a call and writing its message to the room are two commits (the
-- message goes through the room's log); a node that dies between them leaves the call here, with
-- message_pending, and the calls sweep writes the message again (its client id is made of the
-- call's id, so it is stored once). Calls that ended before this version keep FALSE.

ALTER TABLE calls ADD COLUMN message_pending BOOLEAN DEFAULT FALSE NOT NULL;
-- The ended calls whose message is missing, oldest first.
CREATE INDEX calls_by_message_pending ON calls (message_pending, ended_at);
