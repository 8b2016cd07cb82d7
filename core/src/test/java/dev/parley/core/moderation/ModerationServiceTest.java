package dev.parley.core.moderation;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditQuery;
import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ban, mute and freeze: who may, what they stop, and that each is audited and told. */
class ModerationServiceTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private ModerationService moderation;
    private Actor owner;
    private Actor mod;
    private Actor ana;
    private RoomSummary room;

    @BeforeEach
    void room() {
        moderation = new ModerationService(parley.transactor(), parley.grants(),
                new AuditTrail(new dev.parley.core.id.UuidV7Generator(parley.clock()), parley.clock()),
                parley.clock());
        owner = parley.user("owner");
        mod = parley.user("mod");
        ana = parley.user("ana");
        room = parley.channel(owner, mod, ana);
        parley.members().setRole(owner, id(room), mod.userId(), "moderator");
        parley.events().take();
    }

    @Test
    void a_banned_member_is_out_cannot_post_rejoin_nor_be_added_again_until_lifted() {
        moderation.restrict(mod, id(room), Restriction.Kind.BAN, ana.userId(), "spam", null);

        assertThat(parley.events().take(Event.MemberRestricted.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("spam"));
        assertRefused(ErrorCode.BANNED, () -> post(ana, "back"));
        assertRefused(ErrorCode.BANNED, () -> parley.members().add(ana, id(room), List.of(ana.userId())));
        assertRefused(ErrorCode.BANNED, () -> parley.members().add(owner, id(room), List.of(ana.userId())));

        moderation.lift(mod, id(room), Restriction.Kind.BAN, ana.userId());
        assertThat(parley.members().add(ana, id(room), List.of(ana.userId()))).hasSize(1);
        assertThat(post(ana, "back").text()).isEqualTo("back");
    }

    @Test
    void a_muted_member_reads_but_cannot_post() {
        moderation.restrict(mod, id(room), Restriction.Kind.MUTE, ana.userId(), null, 3600L);

        assertRefused(ErrorCode.MUTED, () -> post(ana, "hello?"));
        assertThat(parley.messages().history(ana, id(room), new dev.parley.core.message.HistoryQuery(null, null, 5))
                .items()).isEmpty();
    }

    @Test
    void in_a_frozen_room_only_moderators_post() {
        moderation.freeze(mod, id(room), true);

        assertRefused(ErrorCode.ROOM_FROZEN, () -> post(ana, "hi"));
        assertThat(post(mod, "announcement").text()).isEqualTo("announcement");
        assertThat(parley.events().take(Event.RoomFrozen.class)).singleElement()
                .satisfies(e -> assertThat(e.frozen()).isTrue())
                .satisfies(e -> assertThat(e.change()).isPositive());
        moderation.freeze(mod, id(room), false);
        assertThat(post(ana, "hi").text()).isEqualTo("hi");
    }

    @Test
    void a_moderator_bans_neither_the_owner_nor_an_admin_nor_a_member_without_the_grant() {
        Actor admin = parley.user("root", UserRole.ADMIN);
        parley.members().add(owner, id(room), List.of(admin.userId()));

        assertRefused(ErrorCode.FORBIDDEN, () -> moderation.restrict(mod, id(room), Restriction.Kind.BAN,
                owner.userId(), null, null));
        assertRefused(ErrorCode.FORBIDDEN, () -> moderation.restrict(mod, id(room), Restriction.Kind.MUTE,
                admin.userId(), null, null));
        assertRefused(ErrorCode.FORBIDDEN, () -> moderation.restrict(ana, id(room), Restriction.Kind.BAN,
                mod.userId(), null, null));
        assertRefused(ErrorCode.FORBIDDEN, () -> moderation.freeze(ana, id(room), true));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> moderation.restrict(mod, id(room), Restriction.Kind.BAN,
                mod.userId(), null, null));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> moderation.restrict(mod, id(room), Restriction.Kind.BAN,
                ana.userId(), null, 0L));

        assertThat(post(owner, "still here").text()).isEqualTo("still here");
        assertThat(parley.events().take(Event.MemberRestricted.class)).isEmpty();
        assertThat(audit()).isZero();
        moderation.restrict(admin, id(room), Restriction.Kind.MUTE, owner.userId(), "admins may", null);
        assertThat(audit()).isOne();
    }

    private long audit() {
        return parley.store().read(repos -> repos.audit().search(new AuditQuery(null, null, null, null, null, 50)))
                .size();
    }

    private dev.parley.core.message.Message post(Actor author, String text) {
        return parley.messages().post(author, id(room), new MessageDraft(text, null, null, List.of())).message();
    }
}
