package dev.parley.core.room;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.message.HistoryQuery;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may see and join which room: channels are public, groups are invisible to outsiders. */
class ChannelJoinTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor owner = parley.user("owner");
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");

    @Test
    void any_user_joins_a_channel_by_adding_themselves_with_everything_before_counted_as_read() {
        RoomSummary channel = parley.channel(owner);
        parley.post(owner, channel, "one");
        parley.post(owner, channel, "two");
        parley.events().take();

        List<MemberView> added = parley.members().add(ana, id(channel), List.of(ana.userId()));

        assertThat(added).singleElement().satisfies(view -> {
            assertThat(view.member().role()).isEqualTo(MemberRole.MEMBER);
            assertThat(view.member().lastReadSeq()).isEqualTo(2);
        });
        RoomSummary seen = parley.rooms().get(ana, id(channel));
        assertThat(seen.unreadCount()).isZero();
        assertThat(seen.room().memberCount()).isEqualTo(2);
        assertThat(parley.events().take()).singleElement().isInstanceOfSatisfying(Event.MemberAdded.class, event -> {
            assertThat(event.member()).isEqualTo(added.getFirst().member());
            assertThat(event.lastSeq()).isEqualTo(2);
            assertThat(event.change()).isEqualTo(2);
            assertThat(event.room().room().name()).isEqualTo(channel.room().name());
            assertThat(event.room().lastMessage().text()).isEqualTo("two");
        });
    }

    @Test
    void joining_a_channel_twice_changes_nothing_and_publishes_nothing() {
        RoomSummary channel = parley.channel(owner, ana);
        parley.events().take();

        assertThat(parley.members().add(ana, id(channel), List.of(ana.userId()))).isEmpty();

        assertThat(parley.rooms().get(ana, id(channel)).room().memberCount()).isEqualTo(2);
        assertThat(parley.events().take()).isEmpty();
    }

    @Test
    void a_member_who_is_no_manager_cannot_add_someone_else_to_a_channel() {
        RoomSummary channel = parley.channel(owner, ana);

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().add(ana, id(channel), List.of(bob.userId())));
        assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().add(bob, id(channel), List.of(bob.userId(), ana.userId())));
    }

    @Test
    void a_non_member_sees_a_channel_but_reads_its_messages_only_after_joining() {
        RoomSummary channel = parley.channel(owner);
        parley.post(owner, channel, "hello");

        RoomSummary seen = parley.rooms().get(ana, id(channel));

        assertThat(seen.role()).isNull();
        assertThat(seen.lastMessage()).as("non-members see no message").isNull();
        assertRefused(ErrorCode.FORBIDDEN, () -> parley.messages().history(ana, id(channel), new HistoryQuery(null, null, 10)));
        parley.members().add(ana, id(channel), List.of(ana.userId()));
        assertThat(parley.messages().history(ana, id(channel), new HistoryQuery(null, null, 10)).items()).hasSize(1);
    }

    @Test
    void a_group_answers_outsiders_exactly_as_a_room_that_does_not_exist() {
        RoomSummary group = parley.group(owner, ana);

        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.rooms().get(bob, id(group)));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.members().add(bob, id(group), List.of(bob.userId())));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.members().list(bob, id(group),
                new dev.parley.core.page.PageRequest(10, null)));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.messages().history(bob, id(group),
                new HistoryQuery(null, null, 10)));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.rooms().get(bob, java.util.UUID.randomUUID().toString()));
    }

    @Test
    void an_admin_sees_a_group_they_are_not_in() {
        RoomSummary group = parley.group(owner, ana);
        Actor admin = parley.user("admin", UserRole.ADMIN);

        assertThat(parley.rooms().get(admin, id(group)).room().id()).isEqualTo(group.room().id());
    }

    @Test
    void the_first_to_come_back_to_a_room_everyone_left_owns_it() {
        RoomSummary channel = parley.channel(owner);
        parley.members().remove(owner, id(channel), owner.userId());

        List<MemberView> added = parley.members().add(ana, id(channel), List.of(ana.userId()));

        assertThat(added.getFirst().member().role()).isEqualTo(MemberRole.OWNER);
    }
}
