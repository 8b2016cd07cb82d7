package dev.parley.core.message;

import static dev.parley.core.testing.CoreServices.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.event.Event;
import dev.parley.core.grant.Grants;
import dev.parley.core.page.PageRequest;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.testing.TestGrants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mentions are stored with the message, published with it, and counted per reader until read. */
class MentionsTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor owner = parley.user("owner");
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final Actor outsider = parley.user("zed");
    private final RoomSummary room = parley.group(owner, ana, bob);

    @Test
    void a_message_stores_the_members_it_mentions_and_the_event_carries_them() {
        parley.events().take();
        Message message = parley.post(ana, room, "@bob and @User owner, not @zed");

        assertThat(message.mentions()).isEqualTo(new Mentions(List.of("bob", "owner"), false));
        assertThat(history(bob).getFirst().mentions().userIds()).containsExactly("bob", "owner");
        assertThat(parley.events().take()).singleElement()
                .satisfies(e -> assertThat(((Event.MessagePosted) e).message().mentions().userIds())
                        .containsExactly("bob", "owner"));
    }

    @Test
    void the_room_list_counts_mentions_above_the_read_mark_and_reading_resets_it() {
        parley.post(ana, room, "@bob one");
        parley.post(ana, room, "no mention");
        Message third = parley.post(ana, room, "@bob three");

        assertThat(parley.roomOf(bob, room).mentionCount()).isEqualTo(2);
        assertThat(listedFor(bob).mentionCount()).isEqualTo(2);
        assertThat(listedFor(owner).mentionCount()).isZero();

        parley.reads().markRead(bob, id(room), 2);
        assertThat(listedFor(bob).mentionCount()).isEqualTo(1);
        parley.reads().markRead(bob, id(room), third.seq());
        assertThat(listedFor(bob).mentionCount()).isZero();
    }

    @Test
    void at_all_from_a_plain_member_is_plain_text_but_the_owner_mentions_everyone() {
        Message fromAna = parley.post(ana, room, "@all lunch?");
        Message fromOwner = parley.post(owner, room, "@here standup");

        assertThat(fromAna.mentions().isEmpty()).isTrue();
        assertThat(fromOwner.mentions().all()).isTrue();
        assertThat(listedFor(bob).mentionCount()).isEqualTo(1);
        assertThat(listedFor(owner).mentionCount()).as("own messages are read").isZero();
    }

    @Test
    void the_mention_all_grant_lets_a_plain_member_mention_everyone() {
        var rules = new ArrayList<>(Grants.defaultDocument().scopes().get(Grants.APP).get("user"));
        rules.add(Permission.MENTION_ALL.grantName());
        Grants granted = Grants.parse(TestGrants.defaultsWith(Grants.APP, "user", rules.toArray(String[]::new)));
        try (CoreServices withGrant = new CoreServices(granted)) {
            Actor a = withGrant.user("a");
            Actor b = withGrant.user("b");
            Actor c = withGrant.user("c");
            RoomSummary group = withGrant.group(a, b, c);

            assertThat(withGrant.post(b, group, "@all hello").mentions().all()).isTrue();
        }
    }

    @Test
    void an_edit_parses_the_mentions_again_and_a_delete_drops_them() {
        Message message = parley.post(ana, room, "@bob hi");

        Message edited = parley.messages().edit(ana, id(room), message.id().toString(), "@User owner hi");
        assertThat(edited.mentions().userIds()).containsExactly("owner");
        assertThat(listedFor(bob).mentionCount()).isZero();
        assertThat(listedFor(owner).mentionCount()).isEqualTo(1);

        Message deleted = parley.messages().delete(ana, id(room), message.id().toString());
        assertThat(deleted.mentions().isEmpty()).isTrue();
        assertThat(listedFor(owner).mentionCount()).isZero();
    }

    @Test
    void a_user_outside_the_room_is_never_mentioned_nor_counted() {
        parley.post(ana, room, "@zed come in");

        assertThat(history(ana).getFirst().mentions().isEmpty()).isTrue();
        assertThat(parley.rooms().list(outsider, new PageRequest(50, null)).items()).isEmpty();
    }

    private List<Message> history(Actor reader) {
        return parley.messages().history(reader, id(room), new HistoryQuery(null, null, 50)).items();
    }

    private RoomSummary listedFor(Actor reader) {
        return parley.rooms().list(reader, new PageRequest(50, null)).items().stream()
                .filter(s -> s.room().id().equals(room.room().id())).findFirst().orElseThrow();
    }
}
