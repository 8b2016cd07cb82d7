package dev.parley.core.message;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.testing.TestGrants;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may delete a message: its author, the room's owner and moderators, and admins; no one else. */
class DeleteRightsTest {
    @RegisterExtension
    final CoreServices parley = new CoreServices();
    private final Actor owner = parley.user("owner");
    private final Actor moderator = parley.user("mod");
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");
    private final RoomSummary room = parley.group(owner, moderator, ana, bob);

    DeleteRightsTest() {
        parley.members().setRole(owner, id(room), moderator.userId(), "moderator");
    }

    @Test
    void the_author_deletes_their_message_leaving_a_tombstone_at_its_seq() {
        Message message = parley.post(ana, room, "oops");
        parley.events().take();

        Message deleted = delete(ana, message);

        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.text()).isEmpty();
        assertThat(deleted.seq()).isEqualTo(message.seq());
        assertThat(history(bob)).singleElement().isEqualTo(deleted);
        assertThat(parley.events().take()).containsExactly(new Event.MessageDeleted(deleted, 1, 3));
    }

    @Test
    void the_owner_and_a_moderator_delete_anyones_message() {
        Message first = parley.post(ana, room, "one");
        Message second = parley.post(ana, room, "two");

        assertThat(delete(owner, first).isDeleted()).isTrue();
        assertThat(delete(moderator, second).isDeleted()).isTrue();
    }

    @Test
    void an_admin_deletes_a_message_in_a_room_they_are_not_in() {
        Actor admin = parley.user("admin", UserRole.ADMIN);
        Message message = parley.post(ana, room, "spam");

        assertThat(delete(admin, message).isDeleted()).isTrue();
    }

    @Test
    void a_member_cannot_delete_someone_elses_message_and_it_stays() {
        Message message = parley.post(ana, room, "mine");
        parley.events().take();

        assertRefused(ErrorCode.FORBIDDEN, () -> delete(bob, message));

        assertThat(history(ana)).singleElement().satisfies(m -> assertThat(m.isDeleted()).isFalse());
        assertThat(parley.events().take()).isEmpty();
    }

    @Test
    void deleting_removes_the_reactions_and_deleting_again_publishes_nothing() {
        Message message = parley.post(ana, room, "react");
        parley.messages().react(bob, id(room), message.id().toString(), "👍", true);
        delete(ana, message);
        parley.events().take();

        Message again = delete(owner, message);

        assertThat(again.isDeleted()).isTrue();
        assertThat(history(ana).getFirst().reactions()).isEmpty();
        assertThat(parley.events().take()).isEmpty();
        assertRefused(ErrorCode.MESSAGE_DELETED, () -> parley.messages().react(bob, id(room),
                message.id().toString(), "👍", true));
        assertRefused(ErrorCode.MESSAGE_DELETED, () -> parley.messages().edit(ana, id(room),
                message.id().toString(), "back"));
    }

    @Test
    void a_role_without_delete_own_messages_cannot_delete_even_its_own() {
        try (CoreServices strict = new CoreServices(TestGrants.revokedFor("user", "delete-own-message"))) {
            Actor author = strict.user("author");
            RoomSummary own = strict.group(strict.user("someone"), author);
            Message message = strict.post(author, own, "stuck");

            assertRefused(ErrorCode.FORBIDDEN, () -> strict.messages().delete(author, id(own), message.id().toString()));
        }
    }

    private Message delete(Actor actor, Message message) {
        return parley.messages().delete(actor, id(room), message.id().toString());
    }

    private List<Message> history(Actor reader) {
        return parley.messages().history(reader, id(room), new HistoryQuery(null, null, 50)).items();
    }
}
