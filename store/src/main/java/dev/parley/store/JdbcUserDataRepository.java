package dev.parley.store;

import dev.parley.core.erase.UserData;
import dev.parley.core.erase.UserDataRepository;
import dev.parley.store.jdbc.Sql;
import dev.parley.store.jdbc.SqlValues;
import java.util.List;

/** {@link UserDataRepository}: one query per kind of thing a user left, bound to one connection. */
final class JdbcUserDataRepository implements UserDataRepository {
    private final Sql sql;

    JdbcUserDataRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<UserData.Membership> memberships(String userId) {
        return sql.list("SELECT room_id, role, last_read_seq, hidden, muted, joined_at FROM members"
                + " WHERE user_id = ? ORDER BY joined_at, room_id", row -> new UserData.Membership(
                SqlValues.uuid(row, "room_id"), row.getString("role"), row.getLong("last_read_seq"),
                row.getBoolean("hidden"), row.getBoolean("muted"), SqlValues.instant(row, "joined_at")), userId);
    }

    @Override
    public List<UserData.WrittenMessage> messages(String userId) {
        return sql.list("SELECT id, room_id, seq, text, parent_id, created_at, edited_at, deleted_at FROM messages"
                + " WHERE user_id = ? ORDER BY created_at, id", row -> new UserData.WrittenMessage(
                SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), row.getLong("seq"),
                row.getObject("deleted_at") == null ? row.getString("text") : null,
                SqlValues.uuid(row, "parent_id"), SqlValues.instant(row, "created_at"),
                SqlValues.instant(row, "edited_at"), SqlValues.instant(row, "deleted_at")), userId);
    }

    @Override
    public List<UserData.Reaction> reactions(String userId) {
        return sql.list("SELECT room_id, message_id, emoji, created_at FROM reactions WHERE user_id = ?"
                + " ORDER BY ordinal", row -> new UserData.Reaction(SqlValues.uuid(row, "room_id"),
                SqlValues.uuid(row, "message_id"), row.getString("emoji"), SqlValues.instant(row, "created_at")),
                userId);
    }

    @Override
    public List<UserData.UploadedFile> files(String userId) {
        return sql.list("SELECT id, room_id, message_id, name, size, mime_type, kind, created_at FROM files"
                + " WHERE uploader_id = ? ORDER BY created_at, id", row -> new UserData.UploadedFile(
                SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), SqlValues.uuid(row, "message_id"),
                row.getString("name"), row.getLong("size"), row.getString("mime_type"), row.getString("kind"),
                SqlValues.instant(row, "created_at")), userId);
    }

    @Override
    public List<UserData.FiledFlag> flags(String userId) {
        return sql.list("SELECT id, room_id, message_id, reason, status, created_at FROM message_flags"
                + " WHERE reporter_id = ? ORDER BY created_at, id", row -> new UserData.FiledFlag(
                SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), SqlValues.uuid(row, "message_id"),
                row.getString("reason"), row.getString("status"), SqlValues.instant(row, "created_at")), userId);
    }

    @Override
    public List<UserData.Invitation> invitations(String userId) {
        return sql.list("SELECT id, room_id, inviter_id, invitee_id, status, created_at, answered_at FROM invitations"
                + " WHERE inviter_id = ? OR invitee_id = ? ORDER BY created_at, id", row -> new UserData.Invitation(
                SqlValues.uuid(row, "id"), SqlValues.uuid(row, "room_id"), row.getString("inviter_id"),
                row.getString("invitee_id"), row.getString("status"), SqlValues.instant(row, "created_at"),
                SqlValues.instant(row, "answered_at")), userId, userId);
    }

    @Override
    public long otherActiveAdmins(String userId) {
        return sql.one("SELECT COUNT(*) AS admins FROM users WHERE role = 'admin' AND active AND id <> ?",
                row -> row.getLong("admins"), userId).orElse(0L);
    }

    @Override
    public boolean deleteLocalAccount(String userId) {
        return sql.update("DELETE FROM local_accounts WHERE user_id = ?", userId) == 1;
    }
}
