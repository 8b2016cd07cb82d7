package dev.parley.core.appearance;

import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditEntry;
import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The appearance changed at run time: by app admins only, checked, stored, audited, announced, taken by every node. */
class AppearanceServiceTest {
    /** Takes {@code theme.appName} of {@code web} only. */
    private static final AppearanceRules RULES = (clientType, settings) -> {
        List<String> problems = new ArrayList<>();
        if (!clientType.equals("web")) {
            problems.add("clientType must be one of web");
        }
        settings.values().keySet().stream().filter(path -> !path.equals("theme.appName"))
                .forEach(path -> problems.add(path + " is not a setting"));
        return problems;
    };

    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private final Clock clock = Clock.systemUTC();
    private final LiveAppearance live = new LiveAppearance();
    private final AuditTrail audit = new AuditTrail(new UuidV7Generator(clock), clock);

    private AppearanceService service(LiveAppearance on) {
        return new AppearanceService(parley.transactor(), on, RULES, audit, clock);
    }

    @Test
    void an_admin_stores_settings_with_an_audit_entry_and_an_event_and_resets_them() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        parley.events().take();

        var changed = service(live).replace(admin, "web", settings("Acme"));

        assertThat(changed.version()).isEqualTo(1);
        assertThat(live.versioned().of("web").values()).containsExactly(Map.entry("theme.appName", "Acme"));
        assertThat(parley.events().take(Event.AppearanceChanged.class)).containsExactly(new Event.AppearanceChanged(1, "web"));
        var reset = service(live).replace(admin, "web", AppearanceSettings.NONE);
        assertThat(reset.version()).isEqualTo(2);
        assertThat(reset.of("web").isEmpty()).isTrue();
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::targetId, AuditEntry::before, AuditEntry::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("appearance.replace", "web", "theme.appName=Acme", ""),
                        org.assertj.core.groups.Tuple.tuple("appearance.replace", "web", "", "theme.appName=Acme"));
    }

    @Test
    void anyone_but_an_app_admin_and_any_bad_setting_is_refused_and_nothing_changes() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        Actor ana = parley.user("ana");
        service(live).replace(admin, "web", settings("Kept"));

        assertRefused(ErrorCode.FORBIDDEN, () -> service(live).replace(ana, "web", settings("Mine")));
        assertRefused(ErrorCode.FORBIDDEN, () -> service(live).current(ana, "web"));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> service(live).replace(admin, "web",
                new AppearanceSettings(Map.of("theme.glow", "on"))));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> service(live).replace(admin, "fridge", settings("Cold")));

        assertThat(live.versioned().version()).isEqualTo(1);
        assertThat(parley.store().read(repos -> repos.appearance().find()).orElseThrow().byClientType().get("web"))
                .isEqualTo(settings("Kept"));
        assertThat(audit()).hasSize(1);
    }

    @Test
    void another_node_takes_the_stored_settings_when_it_reloads_and_never_goes_back_to_an_older_version() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        LiveAppearance otherNode = new LiveAppearance();

        service(live).replace(admin, "web", settings("Acme"));
        service(otherNode).reload();

        assertThat(otherNode.versioned().version()).isEqualTo(1);
        assertThat(otherNode.versioned().of("web")).isEqualTo(settings("Acme"));
        assertThat(otherNode.offer(0, Map.of())).isFalse();
        assertThat(otherNode.versioned().of("web")).isEqualTo(settings("Acme"));
    }

    private static AppearanceSettings settings(String appName) {
        return new AppearanceSettings(Map.of("theme.appName", appName));
    }

    private List<AuditEntry> audit() {
        return parley.store().read(repos -> repos.audit().search(new AuditQuery(null, null, null, null, null, 50)));
    }
}
