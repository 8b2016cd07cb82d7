package dev.parley.core.admin;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.Message;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin services on the in-memory store: only admins, all or nothing, every write audited and told. */
class AdminServicesTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private AdminMessageService messages;
    private AdminSearchService search;
    private AdminUserService users;
    private Actor admin;
    private Actor ana;
    private RoomSummary room;

    @BeforeEach
    void services() {
        var audit = new AuditTrail(new UuidV7Generator(Clock.systemUTC()), Clock.systemUTC());
        messages = new AdminMessageService(parley.transactor(), audit, Clock.systemUTC());
        search = new AdminSearchService(parley.transactor());
        users = new AdminUserService(parley.transactor(), parley.users(), null, audit, Clock.systemUTC());
        admin = parley.user("boss", UserRole.ADMIN);
        ana = parley.user("ana");
        room = parley.group(ana);
        parley.events().take();
    }

    @Test
    void a_bulk_delete_tombstones_each_message_records_its_event_and_an_audit_entry() {
        Message one = parley.post(ana, room, "one");
        Message two = parley.post(ana, room, "two");
        parley.events().take();

        List<UUID> deleted = messages.delete(admin, List.of(one.id().toString(), two.id().toString()));

        assertThat(deleted).containsExactly(one.id(), two.id());
        assertThat(parley.events().take(Event.MessageDeleted.class)).extracting(e -> e.message().id())
                .containsExactly(one.id(), two.id());
        assertThat(audit("message.delete")).hasSize(2);
        assertThat(search.messages(admin, new MessageSearch(id(room), null, null, null, null), new PageRequest(10, null))
                .items()).isEmpty();
    }

    @Test
    void an_unknown_id_or_a_non_admin_deletes_nothing_and_tells_nobody() {
        Message kept = parley.post(ana, room, "kept");
        parley.events().take();

        assertRefused(ErrorCode.VALIDATION_FAILED,
                () -> messages.delete(admin, List.of(kept.id().toString(), UUID.randomUUID().toString())));
        assertRefused(ErrorCode.FORBIDDEN, () -> messages.delete(ana, List.of(kept.id().toString())));
        assertRefused(ErrorCode.FORBIDDEN, () -> search.rooms(ana, new RoomSearch(null, null, null), new PageRequest(5, null)));
        assertRefused(ErrorCode.FORBIDDEN, () -> users.update(ana, ana.userId(), "admin", null));

        assertThat(parley.events().take()).isEmpty();
        assertThat(audit(null)).isEmpty();
        assertThat(search.messages(admin, new MessageSearch(id(room), null, null, null, null), new PageRequest(10, null))
                .items()).extracting(Message::id).containsExactly(kept.id());
    }

    @Test
    void a_role_change_is_told_to_the_user_s_sessions_and_audited_with_before_and_after() {
        var changed = users.update(admin, ana.userId(), "guest", null);

        assertThat(changed.role()).isEqualTo(UserRole.GUEST);
        assertThat(parley.events().take(Event.UserUpdated.class)).singleElement()
                .satisfies(e -> assertThat(e.user().role()).isEqualTo(UserRole.GUEST));
        assertThat(audit("user.role")).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo("user");
            assertThat(e.after()).isEqualTo("guest");
        });
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> users.update(admin, admin.userId(), "user", null));
    }

    private List<dev.parley.core.audit.AuditEntry> audit(String action) {
        return parley.transactor().read(repos -> repos.audit().search(new AuditQuery(null, action, null, null, null, 50)));
    }
}
