package dev.parley.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.TestNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deleting a room is in the audit log (who, which room, its type, name and member count),
 * written with the deletion: an owner's and an admin's alike; a refused deletion leaves no
 * entry. Runs on each database ({@link RoomDeletionAuditTest}: H2, {@link RoomDeletionAuditPostgresTest}).
 */
abstract class RoomDeletionAuditContract {
    abstract TestNode node();

    /** The {@code room.delete} entries about {@code roomId}, as the API secret reads them. */
    private List<JsonNode> deletionsOf(String roomId) {
        var page = node().server().get("/v1/admin/audit?action=room.delete&limit=200");
        assertThat(page.status()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        page.json().get("items").forEach(entry -> {
            if (roomId.equals(entry.get("targetId").asText())) {
                found.add(entry);
            }
        });
        return found;
    }

    @Test
    void an_owner_deleting_their_group_is_audited_with_its_type_name_and_member_count() {
        var owner = node().newUser("owner");
        var ana = node().newUser("ana");
        var bob = node().newUser("bob");
        String room = owner.createRoom("group", "Trip planning", ana, bob);

        assertThat(owner.api().delete("/v1/rooms/" + room).status()).isEqualTo(204);

        List<JsonNode> entries = deletionsOf(room);
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.getFirst();
        assertThat(entry.get("actorId").asText()).isEqualTo(owner.id());
        assertThat(entry.get("targetType").asText()).isEqualTo("room");
        assertThat(entry.get("before").asText()).isEqualTo("group 'Trip planning', 3 members");
        assertThat(entry.has("after")).isFalse();
    }

    @Test
    void an_admin_deleting_someone_elses_channel_is_audited_as_the_admin() {
        var admin = node().newUser("admin", "admin");
        var owner = node().newUser("owner");
        String room = owner.createRoom("channel", "Announcements");

        assertThat(admin.api().delete("/v1/rooms/" + room).status()).isEqualTo(204);

        JsonNode entry = deletionsOf(room).getFirst();
        assertThat(entry.get("actorId").asText()).isEqualTo(admin.id());
        assertThat(entry.get("before").asText()).isEqualTo("channel 'Announcements', 1 member");
        assertThat(admin.api().get("/v1/admin/audit?action=room.delete&actorId=" + admin.id()).json()
                .at("/items/0/targetId").asText()).isEqualTo(room);
    }

    @Test
    void a_member_who_may_not_delete_the_room_leaves_it_and_the_audit_log_untouched() {
        var owner = node().newUser("owner");
        var ana = node().newUser("ana");
        String room = owner.createRoom("group", "Kept", ana);

        assertThat(ana.api().delete("/v1/rooms/" + room).status()).isEqualTo(403);

        assertThat(owner.api().get("/v1/rooms/" + room).status()).isEqualTo(200);
        assertThat(deletionsOf(room)).isEmpty();
    }
}
