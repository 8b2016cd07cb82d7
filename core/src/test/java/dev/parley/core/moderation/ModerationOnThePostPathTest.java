package dev.parley.core.moderation;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.Silence;
import dev.parley.core.store.Repositories;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moderation as the post path and the room's {@code ownCapabilities} see it: read with the room
 * (no read of its own for a member), ending by itself, kept across leaving, and binding appends
 * to a streamed reply as it binds sends.
 */
class ModerationOnThePostPathTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private ModerationService moderation;
    private Actor owner;
    private Actor mod;
    private Actor ana;
    private Actor bot;
    private RoomSummary room;

    @BeforeEach
    void room() {
        moderation = new ModerationService(parley.transactor(), parley.grants(),
                new AuditTrail(new UuidV7Generator(parley.clock()), parley.clock()), parley.clock());
        owner = parley.user("owner");
        mod = parley.user("mod");
        ana = parley.user("ana");
        bot = parley.user("helper", UserRole.BOT);
        room = parley.channel(owner, mod, ana, bot);
        parley.members().setRole(owner, id(room), mod.userId(), "moderator");
    }

    @Test
    void a_members_standing_is_checked_without_reading_the_store() {
        RoomSummary seen = parley.roomOf(ana, room);
        var visible = parley.store().read(repos -> repos.rooms().findAsSeenBy(seen.room().id(), ana.userId()))
                .orElseThrow();
        Repositories untouchable = (Repositories) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Repositories.class}, (proxy, method, args) -> {
                    throw new AssertionError("the send path read " + method.getName() + "() for a member");
                });

        Moderation.checkMayPost(untouchable, ana, visible, parley.grants().current(), parley.clock().instant());
        var silenced = new dev.parley.core.room.RoomAccess.Visible(visible.room(),
                visible.membership().map(m -> m.withSilence(Silence.UNTIL_LIFTED)));
        assertRefused(ErrorCode.MUTED, () -> Moderation.checkMayPost(untouchable, ana, silenced,
                parley.grants().current(), parley.clock().instant()));
    }

    @Test
    void a_mute_with_an_end_stops_applying_when_the_end_passes() {
        moderation.restrict(mod, id(room), Restriction.Kind.MUTE, ana.userId(), "cool down", 60L);
        assertRefused(ErrorCode.MUTED, () -> post(ana, "still angry"));
        assertThat(capabilities(ana)).doesNotContain(Permission.SEND_MESSAGES);
        assertThat(standing(ana).summary().silence()).isNotNull();

        parley.clock().advance(Duration.ofSeconds(61));

        assertThat(post(ana, "calm now").text()).isEqualTo("calm now");
        assertThat(capabilities(ana)).contains(Permission.SEND_MESSAGES);
        assertThat(standing(ana).summary().silence()).isNull();
    }

    @Test
    void a_ban_with_an_end_lets_the_user_back_in_when_the_end_passes() {
        moderation.restrict(mod, id(room), Restriction.Kind.BAN, ana.userId(), null, 60L);
        assertRefused(ErrorCode.BANNED, () -> post(ana, "let me in"));
        assertRefused(ErrorCode.BANNED, () -> parley.members().add(ana, id(room), List.of(ana.userId())));

        parley.clock().advance(Duration.ofSeconds(61));

        assertThat(parley.members().add(ana, id(room), List.of(ana.userId()))).hasSize(1);
        assertThat(post(ana, "back").text()).isEqualTo("back");
    }

    @Test
    void a_muted_member_who_leaves_and_joins_again_is_still_muted_and_lifting_frees_them() {
        moderation.restrict(mod, id(room), Restriction.Kind.MUTE, ana.userId(), null, null);
        parley.members().remove(ana, id(room), ana.userId());
        parley.members().add(ana, id(room), List.of(ana.userId()));

        assertRefused(ErrorCode.MUTED, () -> post(ana, "fresh start?"));
        assertThat(capabilities(ana)).doesNotContain(Permission.SEND_MESSAGES);

        moderation.lift(mod, id(room), Restriction.Kind.MUTE, ana.userId());
        assertThat(post(ana, "thanks").text()).isEqualTo("thanks");
        assertThat(capabilities(ana)).contains(Permission.SEND_MESSAGES);
    }

    @Test
    void own_capabilities_drop_posting_for_the_muted_and_in_a_frozen_room_for_all_but_its_moderators() {
        assertThat(capabilities(ana)).contains(Permission.SEND_MESSAGES, Permission.REACT);
        moderation.restrict(mod, id(room), Restriction.Kind.MUTE, ana.userId(), null, null);
        assertThat(capabilities(ana)).doesNotContain(Permission.SEND_MESSAGES).contains(Permission.REACT);

        moderation.freeze(mod, id(room), true);
        assertThat(capabilities(owner)).contains(Permission.SEND_MESSAGES, Permission.MENTION_ALL);
        assertThat(capabilities(mod)).contains(Permission.SEND_MESSAGES);
        assertThat(capabilities(bot)).doesNotContain(Permission.SEND_MESSAGES);
        assertThat(standing(bot).summary().room().frozen()).isTrue();

        moderation.freeze(mod, id(room), false);
        assertThat(capabilities(bot)).contains(Permission.SEND_MESSAGES);
    }

    @Test
    void appends_to_a_streamed_reply_are_refused_to_a_muted_or_banned_author_and_in_a_frozen_room() {
        Message reply = parley.stream(bot, room, "Thinking");

        moderation.restrict(mod, id(room), Restriction.Kind.MUTE, bot.userId(), null, null);
        assertRefused(ErrorCode.MUTED, () -> append(reply, " more"));
        moderation.lift(mod, id(room), Restriction.Kind.MUTE, bot.userId());

        moderation.freeze(mod, id(room), true);
        assertRefused(ErrorCode.ROOM_FROZEN, () -> append(reply, " more"));
        moderation.freeze(mod, id(room), false);
        assertThat(append(reply, "…").text()).isEqualTo("Thinking…");

        moderation.restrict(mod, id(room), Restriction.Kind.BAN, bot.userId(), null, null);
        assertRefused(ErrorCode.BANNED, () -> append(reply, " more"));
        assertRefused(ErrorCode.BANNED, () -> parley.streams().append(bot, id(room), reply.id().toString(), "",
                true));
    }

    private Message append(Message reply, String text) {
        return parley.streams().append(bot, id(room), reply.id().toString(), text, false);
    }

    private ModerationService.Standing standing(Actor actor) {
        return moderation.standing(actor, parley.roomOf(actor, room));
    }

    private Set<Permission> capabilities(Actor actor) {
        return standing(actor).capabilities();
    }

    private Message post(Actor author, String text) {
        return parley.messages().post(author, id(room), new MessageDraft(text, null, null, List.of())).message();
    }
}
