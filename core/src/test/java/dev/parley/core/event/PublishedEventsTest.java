package dev.parley.core.event;

import static dev.parley.core.testing.CoreServices.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.message.HistoryQuery;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.message.Reaction;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomPatch;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event each action publishes — once, after its commit — and that refused or idle actions publish none. */
class PublishedEventsTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");

    @Test
    void creating_a_room_publishes_it_with_its_members_owner_first_as_the_rooms_first_change() {
        RoomSummary room = parley.group(ana, bob);

        assertThat(parley.events().take()).singleElement().isInstanceOfSatisfying(Event.RoomCreated.class, created -> {
            assertThat(created.room()).isEqualTo(room.room());
            assertThat(created.change()).isEqualTo(1);
            assertThat(created.room().lastChange()).isEqualTo(1);
            assertThat(created.memberIds()).containsExactly(ana.userId(), bob.userId());
            assertThat(created.members()).extracting(view -> view.member().role())
                    .containsExactly(MemberRole.OWNER, MemberRole.MEMBER);
            assertThat(created.members()).extracting(view -> view.user().id()).containsExactly(ana.userId(), bob.userId());
        });
    }

    @Test
    void opening_a_direct_room_publishes_it_the_first_time_only() {
        RoomSummary direct = parley.rooms().openDirect(ana, bob.userId()).value();
        parley.rooms().openDirect(bob, ana.userId());

        assertThat(parley.events().take()).singleElement().isInstanceOfSatisfying(Event.RoomCreated.class, created -> {
            assertThat(created.room()).isEqualTo(direct.room());
            assertThat(created.memberIds()).containsExactly(ana.userId(), bob.userId());
        });
        assertThat(direct.peer().id()).isEqualTo(bob.userId());
    }

    @Test
    void a_stored_message_is_published_once_after_its_commit_and_a_retry_publishes_nothing() {
        RoomSummary room = parley.group(ana, bob);
        List<Optional<Message>> storedWhenHeard = new ArrayList<>();
        parley.bus().subscribe(event -> {
            if (event instanceof Event.MessagePosted posted) {
                storedWhenHeard.add(parley.store().read(repos -> repos.messages().find(posted.roomId(),
                        posted.message().id())));
            }
        });
        parley.events().take();
        MessageDraft draft = new MessageDraft("hi", "c-1", null, List.of());

        Message message = parley.messages().post(ana, id(room), draft).message();
        parley.messages().post(ana, id(room), draft);

        assertThat(parley.events().take()).containsExactly(new Event.MessagePosted(message));
        assertThat(storedWhenHeard).containsExactly(Optional.of(message));
    }

    @Test
    void an_edit_publishes_the_edited_message_with_the_rooms_last_seq() {
        RoomSummary room = parley.group(ana, bob);
        Message first = parley.post(ana, room, "tpyo");
        parley.post(bob, room, "later");
        parley.events().take();

        Message edited = parley.messages().edit(ana, id(room), first.id().toString(), "typo");

        assertThat(edited.text()).isEqualTo("typo");
        assertThat(parley.events().take()).containsExactly(new Event.MessageEdited(edited, 2, 2));
    }

    @Test
    void a_reaction_is_published_when_it_changes_something_only() {
        RoomSummary room = parley.group(ana, bob);
        Message message = parley.post(ana, room, "react");
        String messageId = message.id().toString();
        parley.events().take();

        parley.messages().react(bob, id(room), messageId, "👍", true);
        parley.messages().react(bob, id(room), messageId, "👍", true);
        parley.messages().react(bob, id(room), messageId, "👍", false);
        parley.messages().react(bob, id(room), messageId, "👍", false);

        assertThat(parley.events().take()).containsExactly(
                new Event.ReactionChanged(room.room().id(), 1, message.id(), bob.userId(), "👍", true,
                        List.of(new Reaction("👍", 1, List.of(bob.userId()))), 2),
                new Event.ReactionChanged(room.room().id(), 1, message.id(), bob.userId(), "👍", false, List.of(), 3));
    }

    @Test
    void renaming_a_room_publishes_the_room_as_stored() {
        RoomSummary room = parley.group(ana, bob);
        parley.events().take();

        RoomSummary renamed = parley.rooms().update(ana, id(room), new RoomPatch("Renamed", null, null, null));

        assertThat(parley.events().take()).containsExactly(new Event.RoomUpdated(renamed.room(), 2));
        assertThat(renamed.room().lastChange()).isEqualTo(2);
        assertThat(parley.rooms().get(bob, id(room)).room()).isEqualTo(renamed.room());
    }

    @Test
    void deleting_a_room_publishes_it_to_the_members_it_had() {
        RoomSummary room = parley.group(ana, bob);
        parley.post(bob, room, "bye");
        parley.events().take();

        parley.rooms().delete(ana, id(room));

        assertThat(parley.events().take()).containsExactly(
                new Event.RoomDeleted(room.room().id(), 1, List.of(ana.userId(), bob.userId())));
    }

    @Test
    void setting_the_members_publishes_each_removal_and_addition() {
        Actor carol = parley.user("carol");
        RoomSummary room = parley.group(ana, bob);
        parley.post(ana, room, "one");
        parley.events().take();

        parley.members().set(ana, id(room), List.of(carol.userId()));

        List<Event> events = parley.events().take();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new Event.MemberRemoved(room.room().id(), 1, bob.userId(), 2));
        assertThat(events.get(1)).isInstanceOfSatisfying(Event.MemberAdded.class, added -> {
            assertThat(added.member().userId()).isEqualTo(carol.userId());
            assertThat(added.member().role()).isEqualTo(MemberRole.MEMBER);
            assertThat(added.lastSeq()).isEqualTo(1);
            assertThat(added.change()).isEqualTo(3);
            assertThat(added.user().id()).isEqualTo(carol.userId());
            assertThat(added.room().room().memberCount()).isEqualTo(2);
        });
    }

    @Test
    void a_refused_action_publishes_nothing() {
        RoomSummary room = parley.group(ana);
        Message message = parley.post(ana, room, "mine");
        parley.events().take();

        List<Runnable> refused = List.of(
                () -> parley.messages().delete(bob, id(room), message.id().toString()),
                () -> parley.rooms().update(bob, id(room), new RoomPatch("x", null, null, null)),
                () -> parley.members().add(bob, id(room), List.of(bob.userId())),
                () -> parley.messages().history(bob, id(room), new HistoryQuery(null, null, 5)));
        for (Runnable action : refused) {
            try {
                action.run();
            } catch (RuntimeException expected) {
                // refused, as it should be
            }
        }

        assertThat(parley.events().take()).isEmpty();
    }
}
