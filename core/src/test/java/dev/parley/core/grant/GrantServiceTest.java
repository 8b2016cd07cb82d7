package dev.parley.core.grant;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.testing.TestGrants;
import dev.parley.core.user.UserRole;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The grants document changed at run time: by app admins only, stored, audited, announced, taken by every node. */
class GrantServiceTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();

    @Test
    void an_admin_replaces_the_grants_and_they_apply_at_once_with_an_audit_entry_and_an_event() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        Actor ana = parley.user("ana");
        RoomSummary room = parley.group(ana);
        parley.events().take();

        var changed = parley.grantService().replace(admin, TestGrants.defaultsWith("app", "user", "create-group"));

        assertThat(changed.version()).isEqualTo(1);
        assertRefused(ErrorCode.FORBIDDEN, () -> parley.messages().post(ana, id(room),
                new MessageDraft("hi", null, null, List.of())));
        assertThat(parley.events().take(Event.GrantsChanged.class)).containsExactly(new Event.GrantsChanged(1));
        List<AuditEntry> audit = audit();
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("grants.replace");
            assertThat(entry.before()).contains("app.user: send-message");
            assertThat(entry.after()).contains("app.user: create-group;");
        });
    }

    @Test
    void anyone_but_an_app_admin_is_refused_and_nothing_changes() {
        Actor ana = parley.user("ana");
        Actor bot = parley.user("bot", UserRole.BOT);

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.grantService().replace(ana, Grants.defaultDocument()));
        assertRefused(ErrorCode.FORBIDDEN, () -> parley.grantService().replace(bot, Grants.defaultDocument()));
        assertRefused(ErrorCode.FORBIDDEN, () -> parley.grantService().current(ana));

        assertThat(parley.grants().versioned().version()).isZero();
        java.util.Optional<GrantRepository.StoredGrants> stored = parley.store().read(repos -> repos.grants().find());
        assertThat(stored).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void a_document_naming_unknown_roles_or_grants_is_refused_and_the_one_in_force_stays() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        parley.grantService().replace(admin, TestGrants.defaultsWith("app", "user", "send-message"));

        assertRefused(ErrorCode.VALIDATION_FAILED, () -> parley.grantService().replace(admin,
                new GrantsDocument(Map.of("app", Map.of("root", List.of("everything"))))));

        assertThat(parley.grants().versioned().version()).isEqualTo(1);
        assertThat(parley.grants().current().ofApp(UserRole.USER)).containsExactly(Permission.SEND_MESSAGES);
        assertThat(audit()).hasSize(1);
    }

    @Test
    void another_node_takes_the_stored_grants_when_it_reloads_and_never_goes_back_to_an_older_version() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        LiveGrants otherNode = new LiveGrants(Grants.DEFAULT);
        GrantService otherService = new GrantService(parley.transactor(), otherNode,
                new AuditTrail(new UuidV7Generator(Clock.systemUTC()), Clock.systemUTC()), Clock.systemUTC());

        parley.grantService().replace(admin, TestGrants.defaultsWith("app", "guest", "send-message"));
        otherService.reload();

        assertThat(otherNode.versioned().version()).isEqualTo(1);
        assertThat(otherNode.current().ofApp(UserRole.GUEST)).containsExactly(Permission.SEND_MESSAGES);
        assertThat(otherNode.offer(0, Grants.DEFAULT)).isFalse();
        assertThat(otherNode.current().ofApp(UserRole.GUEST)).containsExactly(Permission.SEND_MESSAGES);
    }

    private List<AuditEntry> audit() {
        return parley.store().read(repos -> repos.audit().search(new AuditQuery(null, null, null, null, null, 50)));
    }
}
