-- Parley schema, version 21: the admin search. One text for H2 (PostgreSQL mode) and PostgreSQL.

-- Messages across rooms, newest first (GET /v1/admin/messages), and the dashboard's
-- "messages today": a range of this index, read backwards. Text search (LOWER(text) LIKE
-- '%word%') is not indexed: it filters the rows this index walks (docs/admin.md says how it scales).
CREATE INDEX messages_by_time ON messages (created_at, id);
