package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.invitation.Invitation;
import dev.parley.core.invitation.InvitationStatus;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invitations: stored with the room's name, closed once, listed while pending and while their room exists. */
public abstract class InvitationRepositoryContract extends StoreContract {

    private Invitation invite(Room room, User inviter, User invitee, Instant at) {
        Invitation invitation = new Invitation(data().nextId(), room.id(), room.name(), inviter.id(), invitee.id(),
                InvitationStatus.PENDING, at, null);
        store().transaction(repos -> {
            repos.invitations().insert(invitation);
            return null;
        });
        return invitation;
    }

    private Optional<Invitation> find(UUID id) {
        return store().read(repos -> repos.invitations().find(id));
    }

    private Optional<Invitation> findPending(UUID roomId, String inviteeId) {
        return store().read(repos -> repos.invitations().findPending(roomId, inviteeId));
    }

    private List<Invitation> pendingFor(String inviteeId, int limit) {
        return store().read(repos -> repos.invitations().pendingFor(inviteeId, limit));
    }

    private List<Invitation> pendingFrom(String inviterId) {
        return store().read(repos -> repos.invitations().pendingFrom(inviterId, 10));
    }

    private List<Invitation> pendingIn(UUID roomId) {
        return store().read(repos -> repos.invitations().pendingIn(roomId, 10));
    }

    private boolean close(UUID id, InvitationStatus outcome) {
        return store().transaction(repos -> repos.invitations().close(id, outcome, TestData.now()));
    }

    private static List<UUID> ids(List<Invitation> invitations) {
        return invitations.stream().map(Invitation::id).toList();
    }

    @Test
    void an_invitation_is_found_with_its_rooms_name_as_stored() {
        User owner = data().user();
        User invitee = data().user();
        Room room = data().group(owner);
        Invitation invitation = invite(room, owner, invitee, TestData.now());

        assertThat(find(invitation.id())).contains(invitation);
        assertThat(findPending(room.id(), invitee.id()))
                .contains(invitation);
        assertThat(find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void an_invitation_is_closed_once_and_then_no_longer_pending() {
        User owner = data().user();
        User invitee = data().user();
        Room room = data().group(owner);
        Invitation invitation = invite(room, owner, invitee, TestData.now());

        assertThat(close(invitation.id(), InvitationStatus.ACCEPTED)).isTrue();
        assertThat(close(invitation.id(), InvitationStatus.DECLINED)).isFalse();

        Invitation closed = find(invitation.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(closed.answeredAt()).isNotNull();
        assertThat(findPending(room.id(), invitee.id())).isEmpty();
        assertThat(pendingFor(invitee.id(), 10)).isEmpty();
    }

    @Test
    void pending_invitations_are_listed_by_invitee_inviter_and_room_oldest_first() {
        User owner = data().user();
        User other = data().user();
        User invitee = data().user();
        Room first = data().group(owner);
        Room second = data().group(other);
        Instant now = TestData.now();
        Invitation older = invite(first, owner, invitee, now.minusSeconds(10));
        Invitation newer = invite(second, other, invitee, now);
        Invitation answered = invite(second, other, owner, now);
        close(answered.id(), InvitationStatus.DECLINED);

        assertThat(ids(pendingFor(invitee.id(), 10)))
                .containsExactly(older.id(), newer.id());
        assertThat(ids(pendingFor(invitee.id(), 1)))
                .containsExactly(older.id());
        assertThat(ids(pendingFrom(other.id())))
                .containsExactly(newer.id());
        assertThat(ids(pendingIn(second.id())))
                .containsExactly(newer.id());
    }

    @Test
    void an_invitation_outlives_its_deleted_room_but_is_no_longer_listed() {
        User owner = data().user();
        User invitee = data().user();
        Room room = data().group(owner);
        Invitation invitation = invite(room, owner, invitee, TestData.now());

        store().transaction(repos -> {
            repos.rooms().delete(room.id());
            return null;
        });

        assertThat(find(invitation.id())).hasValueSatisfying(found -> {
            assertThat(found.roomName()).isNull();
            assertThat(found.pending()).isTrue();
        });
        assertThat(pendingFor(invitee.id(), 10)).isEmpty();
        assertThat(findPending(room.id(), invitee.id())).isEmpty();
    }

    @Test
    void an_invitation_must_name_existing_users() {
        User owner = data().user();
        Room room = data().group(owner);
        Invitation invitation = new Invitation(data().nextId(), room.id(), room.name(), owner.id(), "nobody" + TestData.token(),
                InvitationStatus.PENDING, TestData.now(), null);

        assertThatThrownBy(() -> store().transaction(repos -> {
            repos.invitations().insert(invitation);
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(find(invitation.id())).isEmpty();
    }

    private boolean insert(Invitation invitation) {
        return store().transaction(repos -> repos.invitations().insert(invitation));
    }

    private Invitation pendingInvitation(Room room, User inviter, User invitee) {
        return new Invitation(data().nextId(), room.id(), room.name(), inviter.id(), invitee.id(),
                InvitationStatus.PENDING, TestData.now(), null);
    }

    @Test
    void a_second_pending_invitation_of_one_person_to_one_room_is_not_stored_but_one_after_an_answer_is() {
        User owner = data().user();
        User moderator = data().user();
        User invitee = data().user();
        Room room = data().group(owner);
        Invitation first = invite(room, owner, invitee, TestData.now());

        Invitation second = pendingInvitation(room, moderator, invitee);
        assertThat(insert(second)).isFalse();
        assertThat(find(second.id())).isEmpty();
        assertThat(ids(pendingIn(room.id()))).containsExactly(first.id());

        close(first.id(), InvitationStatus.DECLINED);
        Invitation again = pendingInvitation(room, moderator, invitee);
        assertThat(insert(again)).isTrue();
        assertThat(ids(pendingIn(room.id()))).containsExactly(again.id());
        assertThat(insert(pendingInvitation(data().group(owner), owner, invitee))).as("another room").isTrue();
    }

    @Test
    void two_invitations_of_one_person_to_one_room_raced_leave_exactly_one_pending() throws Exception {
        User owner = data().user();
        User moderator = data().user();
        User invitee = data().user();
        Room room = data().group(owner);
        Invitation first = pendingInvitation(room, owner, invitee);
        Invitation second = pendingInvitation(room, moderator, invitee);
        var firstInserted = new java.util.concurrent.CountDownLatch(1);
        var secondStarting = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            // The first stays uncommitted until the second has begun its own insert (or a moment has passed).
            var firstResult = threads.submit(() -> store().transaction(repos -> {
                boolean stored = repos.invitations().insert(first);
                firstInserted.countDown();
                await(secondStarting);
                sleepQuietly(300);
                return stored;
            }));
            var secondResult = threads.submit(() -> {
                await(firstInserted);
                secondStarting.countDown();
                return store().transaction(repos -> {
                    boolean none = repos.invitations().findPending(room.id(), invitee.id()).isEmpty();
                    return none && repos.invitations().insert(second);
                });
            });

            assertThat(firstResult.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(secondResult.get(30, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the second add, which saw no pending invitation, stores nothing").isFalse();
        }
        assertThat(ids(pendingIn(room.id()))).containsExactly(first.id());
        assertThat(find(second.id())).isEmpty();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
