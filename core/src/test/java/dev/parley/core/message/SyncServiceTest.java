package dev.parley.core.message;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.message.RoomReplay.Outcome;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a reconnecting client gets back: what it missed, as it is now, or a gap to page through. */
class SyncServiceTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final RoomSummary room = parley.group(ana, bob);

    @Test
    void missed_messages_are_replayed_oldest_first_as_they_are_now() {
        parley.post(ana, room, "seen");
        Message edited = parley.post(ana, room, "tpyo");
        Message deleted = parley.post(ana, room, "regret");
        parley.messages().edit(ana, id(room), edited.id().toString(), "typo");
        parley.messages().delete(ana, id(room), deleted.id().toString());

        RoomReplay replay = missed(bob, Map.of(id(room), 1L)).getFirst();

        assertThat(replay.outcome()).isEqualTo(Outcome.REPLAY);
        assertThat(replay.messages()).extracting(Message::seq).containsExactly(2L, 3L);
        assertThat(replay.messages().get(0).text()).isEqualTo("typo");
        assertThat(replay.messages().get(1).isDeleted()).isTrue();
        assertThat(replay.events()).as("no change position given: messages only").hasSize(2);
        assertThat(replay.from().lastSeq()).isEqualTo(1);
        assertThat(replay.now().lastSeq()).isEqualTo(3);
    }

    @Test
    void with_a_change_position_every_change_after_it_is_replayed_in_the_rooms_order_exactly_once() {
        Message seen = parley.post(ana, room, "seen");
        long position = parley.rooms().get(bob, id(room)).room().lastChange();
        parley.messages().edit(ana, id(room), seen.id().toString(), "seen, edited");
        Message later = parley.post(ana, room, "later");
        parley.messages().react(bob, id(room), later.id().toString(), "👍", true);
        parley.messages().delete(ana, id(room), seen.id().toString());
        parley.rooms().update(ana, id(room), new dev.parley.core.room.RoomPatch("Renamed", null, null, null));

        RoomReplay replay = parley.sync().missed(bob, Map.of(id(room), 1L), Map.of(id(room), position)).getFirst();

        assertThat(replay.events()).extracting(SyncServiceTest::describe).containsExactly(
                "MessageEdited " + (position + 1), "MessagePosted 2", "ReactionChanged " + (position + 2),
                "MessageDeleted " + (position + 3), "RoomUpdated " + (position + 4));
        assertThat(replay.now()).isEqualTo(new dev.parley.core.change.RoomPosition(2, position + 4));
        RoomReplay none = parley.sync().missed(bob, Map.of(id(room), 2L), Map.of(id(room), position + 4)).getFirst();
        assertThat(none.events()).isEmpty();
    }

    @Test
    void more_missed_changes_than_the_replay_limit_is_a_gap() {
        Message message = parley.post(ana, room, "react to me");
        long position = parley.rooms().get(bob, id(room)).room().lastChange();
        for (int i = 0; i <= CoreServices.REPLAY_LIMIT; i++) {
            parley.messages().react(bob, id(room), message.id().toString(), "👍", i % 2 == 0);
        }

        RoomReplay replay = parley.sync().missed(bob, Map.of(id(room), 1L), Map.of(id(room), position)).getFirst();

        assertThat(replay.outcome()).isEqualTo(Outcome.GAP);
    }

    private static String describe(dev.parley.core.event.Event.RoomEvent event) {
        return event.getClass().getSimpleName() + " " + switch (event) {
            case dev.parley.core.event.Event.MessagePosted posted -> posted.message().seq();
            case dev.parley.core.event.Event.RoomChange change -> change.change();
            default -> "?";
        };
    }

    @Test
    void more_missed_messages_than_the_replay_limit_is_a_gap_to_page_through() {
        IntStream.rangeClosed(1, CoreServices.REPLAY_LIMIT + 2).forEach(i -> parley.post(ana, room, "m" + i));

        RoomReplay replay = missed(bob, Map.of(id(room), 1L)).getFirst();

        assertThat(replay.outcome()).isEqualTo(Outcome.GAP);
        assertThat(replay.messages()).isEmpty();
        assertThat(replay.from().lastSeq()).isEqualTo(1);
        assertThat(replay.now().lastSeq()).isEqualTo(CoreServices.REPLAY_LIMIT + 2);
    }

    @Test
    void rooms_the_user_is_not_in_or_that_do_not_exist_are_not_visible() {
        RoomSummary left = parley.group(ana, bob);
        parley.members().remove(bob, id(left), bob.userId());
        Map<String, Long> rooms = new LinkedHashMap<>();
        rooms.put(id(left), 0L);
        rooms.put(UUID.randomUUID().toString(), 0L);
        rooms.put("not-a-room", 0L);
        rooms.put(id(room), 0L);

        List<RoomReplay> replays = missed(bob, rooms);

        assertThat(replays).extracting(RoomReplay::outcome)
                .containsExactly(Outcome.NOT_VISIBLE, Outcome.NOT_VISIBLE, Outcome.NOT_VISIBLE, Outcome.REPLAY);
    }

    @Test
    void rooms_joined_while_away_follow_with_the_room_and_the_membership_from_the_start() {
        RoomSummary joined = parley.group(ana, bob);
        parley.post(ana, joined, "while you were away");

        List<RoomReplay> replays = missed(bob, Map.of(id(room), 0L));

        assertThat(replays).hasSize(2);
        assertThat(replays.get(0).joined()).as("a listed room is not news").isNull();
        RoomReplay news = replays.get(1);
        assertThat(news.roomId()).isEqualTo(id(joined));
        assertThat(news.joined().room().id()).isEqualTo(joined.room().id());
        assertThat(news.membership().role()).isEqualTo(MemberRole.MEMBER);
        assertThat(news.messages()).extracting(Message::text).containsExactly("while you were away");
    }

    @Test
    void a_sync_of_too_many_rooms_or_a_negative_seq_is_invalid() {
        Map<String, Long> tooMany = IntStream.range(0, SyncService.MAX_ROOMS + 1).boxed()
                .collect(Collectors.toMap(i -> UUID.randomUUID().toString(), i -> 0L));

        assertRefused(ErrorCode.VALIDATION_FAILED, () -> missed(bob, tooMany));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> missed(bob, Map.of(id(room), -1L)));
    }

    @Test
    void syncs_of_a_room_read_together_each_get_exactly_their_own_part_and_outsiders_get_nothing() {
        Actor cid = parley.user("cid");
        Message first = parley.post(ana, room, "one");
        long position = parley.rooms().get(bob, id(room)).room().lastChange();
        parley.post(ana, room, "two");
        parley.messages().edit(ana, id(room), first.id().toString(), "one, edited");
        parley.post(ana, room, "three");
        UUID roomId = room.room().id();

        List<RoomReplay> together = new ReplayReads(parley.transactor(), CoreServices.REPLAY_LIMIT).read(roomId,
                List.of(new ReplayReads.Ask(bob, id(room), 1, position, false),
                        new ReplayReads.Ask(ana, id(room), 2, null, false),
                        new ReplayReads.Ask(cid, id(room), 0, null, false),
                        new ReplayReads.Ask(ana, id(room), 3, null, false)));

        assertThat(together.get(0).events()).as("messages and changes above bob's position, in the room's order")
                .extracting(SyncServiceTest::describe)
                .containsExactly("MessagePosted 2", "MessageEdited " + (position + 1), "MessagePosted 3");
        assertThat(together.get(1).messages()).as("messages only, above seq 2").extracting(Message::seq)
                .containsExactly(3L);
        assertThat(together.get(2).outcome()).as("cid is not a member").isEqualTo(Outcome.NOT_VISIBLE);
        assertThat(together.get(2).events()).isEmpty();
        assertThat(together.get(3).events()).as("up to date").isEmpty();
        assertThat(List.of(together.get(1), together.get(3))).extracting(RoomReplay::now)
                .as("one reading of the room's position").containsOnly(together.get(0).now());
        assertThat(together.get(0).events()).as("the same as a sync of bob's alone")
                .isEqualTo(parley.sync().missed(bob, Map.of(id(room), 1L), Map.of(id(room), position))
                        .getFirst().events());
    }

    @Test
    void a_sync_far_behind_is_a_gap_without_widening_what_the_others_read() {
        IntStream.rangeClosed(1, CoreServices.REPLAY_LIMIT + 2).forEach(i -> parley.post(ana, room, "m" + i));
        long last = CoreServices.REPLAY_LIMIT + 2;

        List<RoomReplay> together = new ReplayReads(parley.transactor(), CoreServices.REPLAY_LIMIT).read(
                room.room().id(), List.of(new ReplayReads.Ask(bob, id(room), 0, null, false),
                        new ReplayReads.Ask(ana, id(room), last - 2, null, false)));

        assertThat(together.get(0).outcome()).isEqualTo(Outcome.GAP);
        assertThat(together.get(1).messages()).extracting(Message::seq).containsExactly(last - 1, last);
    }

    private List<RoomReplay> missed(Actor actor, Map<String, Long> rooms) {
        return parley.sync().missed(actor, rooms, Map.of());
    }
}
