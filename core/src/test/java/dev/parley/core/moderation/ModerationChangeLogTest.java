package dev.parley.core.moderation;

import static dev.parley.core.testing.CoreServices.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.audit.AuditTrail;
import dev.parley.core.auth.Actor;
import dev.parley.core.event.Event;
import dev.parley.core.id.UuidV7Generator;
import dev.parley.core.message.RoomReplay;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bans, mutes and freezes are numbered changes of their room: a client that missed one gets it again, once. */
class ModerationChangeLogTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();

    private ModerationService moderation;
    private Actor owner;
    private Actor ana;
    private Actor bob;
    private Actor cid;
    private RoomSummary room;

    @BeforeEach
    void room() {
        moderation = new ModerationService(parley.transactor(), parley.grants(),
                new AuditTrail(new UuidV7Generator(parley.clock()), parley.clock()), parley.clock());
        owner = parley.user("owner");
        ana = parley.user("ana");
        bob = parley.user("bob");
        cid = parley.user("cid");
        room = parley.channel(owner, ana, bob, cid);
    }

    @Test
    void a_missed_ban_mute_and_freeze_are_replayed_in_order_exactly_once() {
        long position = parley.rooms().get(ana, id(room)).room().lastChange();
        moderation.restrict(owner, id(room), Restriction.Kind.MUTE, bob.userId(), "shouting", null);
        moderation.restrict(owner, id(room), Restriction.Kind.BAN, cid.userId(), null, 600L);
        moderation.freeze(owner, id(room), true);
        moderation.lift(owner, id(room), Restriction.Kind.MUTE, bob.userId());

        RoomReplay replay = parley.sync().missed(ana, Map.of(id(room), 0L), Map.of(id(room), position)).getFirst();

        assertThat(replay.events()).extracting(ModerationChangeLogTest::describe).containsExactly(
                "mute bob " + (position + 1), "ban cid " + (position + 2), "removed cid " + (position + 3),
                "frozen " + (position + 4), "unmute bob " + (position + 5));
        assertThat(replay.now().lastChange()).isEqualTo(position + 5);

        moderation.freeze(owner, id(room), false);
        RoomReplay next = parley.sync().missed(ana, Map.of(id(room), 0L), Map.of(id(room), position + 5)).getFirst();
        assertThat(next.events()).extracting(ModerationChangeLogTest::describe).containsExactly(
                "thawed " + (position + 6));
    }

    @Test
    void the_live_events_carry_the_numbers_the_replay_gives_them() {
        parley.events().take();
        moderation.restrict(owner, id(room), Restriction.Kind.MUTE, bob.userId(), null, null);
        moderation.freeze(owner, id(room), true);
        long last = parley.rooms().get(ana, id(room)).room().lastChange();

        var heard = parley.events().take();
        assertThat(heard).filteredOn(Event.MemberRestricted.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Event.MemberRestricted) e).change()).isEqualTo(last - 1));
        assertThat(heard).filteredOn(Event.RoomFrozen.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((Event.RoomFrozen) e).change()).isEqualTo(last));
    }

    private static String describe(Object event) {
        return switch (event) {
            case Event.MemberRestricted r -> (r.active() ? "" : "un") + r.kind() + " " + r.userId() + " " + r.change();
            case Event.MemberRemoved r -> "removed " + r.userId() + " " + r.change();
            case Event.RoomFrozen f -> (f.frozen() ? "frozen " : "thawed ") + f.change();
            default -> event.getClass().getSimpleName();
        };
    }
}
