package dev.parley.core.invitation;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.auth.Actor;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.event.Event;
import dev.parley.core.room.MemberView;
import dev.parley.core.room.RoomDraft;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With explicit joins, adding someone to a group invites them; they join by accepting. */
class ExplicitJoinsTest {
    @RegisterExtension
    final CoreServices parley = CoreServices.withExplicitJoins();
    private final Actor owner = parley.user("owner");
    private final Actor ana = parley.user("ana");
    private final Actor bob = parley.user("bob");

    private Invitation onlyInvitationOf(Actor invitee) {
        return parley.invitations().received(invitee).getFirst();
    }

    private List<String> memberIds(RoomSummary room) {
        return parley.members().list(owner, id(room), new dev.parley.core.page.PageRequest(50, null)).items().stream()
                .map(view -> view.member().userId()).toList();
    }

    @Test
    void adding_a_user_to_a_group_invites_them_and_both_sides_hear_of_it() {
        RoomSummary group = parley.group(owner);
        parley.events().take();

        List<MemberView> added = parley.members().add(owner, id(group), List.of(ana.userId()));

        assertThat(added).isEmpty();
        assertThat(memberIds(group)).containsExactly("owner");
        Invitation invitation = onlyInvitationOf(ana);
        assertThat(invitation.roomId()).isEqualTo(group.room().id());
        assertThat(invitation.roomName()).isEqualTo("Group");
        assertThat(invitation.inviterId()).isEqualTo("owner");
        assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(parley.invitations().sent(owner)).containsExactly(invitation);
        assertThat(parley.invitations().pendingIn(owner, id(group))).containsExactly(invitation);
        assertThat(parley.events().take()).containsExactly(new Event.InvitationChanged(invitation));
    }

    @Test
    void a_new_group_starts_with_its_owner_and_invites_the_others() {
        RoomSummary group = parley.rooms().create(owner,
                new RoomDraft("group", "Plans", List.of("ana", "bob"), null, null, null));

        assertThat(group.room().memberCount()).isEqualTo(1);
        assertThat(memberIds(group)).containsExactly("owner");
        assertThat(onlyInvitationOf(ana).roomName()).isEqualTo("Plans");
        assertThat(onlyInvitationOf(bob).roomId()).isEqualTo(group.room().id());
        assertThat(parley.events().take(Event.RoomCreated.class)).singleElement()
                .satisfies(created -> assertThat(created.memberIds()).containsExactly("owner"));
    }

    @Test
    void accepting_makes_the_invitee_a_member_with_the_history_counted_as_read() {
        RoomSummary group = parley.group(owner);
        parley.post(owner, group, "before");
        parley.members().add(owner, id(group), List.of(ana.userId()));
        parley.events().take();

        Invitation accepted = parley.invitations().accept(ana, onlyInvitationOf(ana).id().toString());

        assertThat(accepted.status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(accepted.answeredAt()).isNotNull();
        assertThat(memberIds(group)).containsExactly("ana", "owner");
        assertThat(parley.rooms().get(ana, id(group)).unreadCount()).isZero();
        assertThat(parley.invitations().received(ana)).isEmpty();
        List<Event> events = parley.events().take();
        assertThat(events).first().isEqualTo(new Event.InvitationChanged(accepted));
        assertThat(events).last().isInstanceOfSatisfying(Event.MemberAdded.class,
                added -> assertThat(added.member().userId()).isEqualTo("ana"));
    }

    @Test
    void declining_leaves_the_room_as_it_was() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));

        Invitation declined = parley.invitations().decline(ana, onlyInvitationOf(ana).id().toString());

        assertThat(declined.status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(memberIds(group)).containsExactly("owner");
        assertThat(parley.invitations().sent(owner)).isEmpty();
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.rooms().get(ana, id(group)));
    }

    @Test
    void an_invitation_is_answered_once() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        String invitation = onlyInvitationOf(ana).id().toString();
        parley.invitations().accept(ana, invitation);
        parley.events().take();

        assertRefused(ErrorCode.INVITATION_CLOSED, () -> parley.invitations().accept(ana, invitation));
        assertRefused(ErrorCode.INVITATION_CLOSED, () -> parley.invitations().decline(ana, invitation));

        assertThat(parley.events().take()).isEmpty();
    }

    @Test
    void nobody_but_the_invitee_answers_an_invitation_and_others_learn_nothing_of_it() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        String invitation = onlyInvitationOf(ana).id().toString();

        assertRefused(ErrorCode.INVITATION_NOT_FOUND, () -> parley.invitations().accept(bob, invitation));
        assertRefused(ErrorCode.INVITATION_NOT_FOUND, () -> parley.invitations().accept(owner, invitation));
        assertRefused(ErrorCode.INVITATION_NOT_FOUND, () -> parley.invitations().decline(bob, invitation));
        assertRefused(ErrorCode.INVITATION_NOT_FOUND, () -> parley.invitations().cancel(bob, invitation));
        assertRefused(ErrorCode.INVITATION_NOT_FOUND,
                () -> parley.invitations().accept(ana, java.util.UUID.randomUUID().toString()));
        assertRefused(ErrorCode.VALIDATION_FAILED, () -> parley.invitations().accept(ana, "not-an-id"));

        assertThat(memberIds(group)).containsExactly("owner");
        assertThat(onlyInvitationOf(ana).pending()).isTrue();
    }

    @Test
    void accepting_an_invitation_to_a_deleted_room_is_refused_and_it_is_no_longer_listed() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        String invitation = onlyInvitationOf(ana).id().toString();

        parley.rooms().delete(owner, id(group));

        assertThat(parley.invitations().received(ana)).isEmpty();
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.invitations().accept(ana, invitation));
    }

    @Test
    void only_managers_of_the_group_invite_and_outsiders_see_no_room() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        parley.invitations().accept(ana, onlyInvitationOf(ana).id().toString());

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().add(ana, id(group), List.of(bob.userId())));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.members().add(bob, id(group), List.of(bob.userId())));
        assertRefused(ErrorCode.ROOM_NOT_FOUND, () -> parley.invitations().pendingIn(bob, id(group)));

        assertThat(parley.invitations().received(bob)).isEmpty();
    }

    @Test
    void inviting_someone_again_keeps_the_one_pending_invitation() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        parley.events().take();

        parley.members().add(owner, id(group), List.of(ana.userId()));

        assertThat(parley.invitations().received(ana)).hasSize(1);
        assertThat(parley.events().take()).isEmpty();
    }

    @Test
    void the_inviter_cancels_and_the_invitee_can_no_longer_accept() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        String invitation = onlyInvitationOf(ana).id().toString();

        assertRefused(ErrorCode.FORBIDDEN, () -> parley.invitations().cancel(ana, invitation));
        Invitation cancelled = parley.invitations().cancel(owner, invitation);

        assertThat(cancelled.status()).isEqualTo(InvitationStatus.CANCELLED);
        assertRefused(ErrorCode.INVITATION_CLOSED, () -> parley.invitations().accept(ana, invitation));
        assertThat(parley.invitations().received(ana)).isEmpty();
    }

    @Test
    void channels_are_joined_at_once_without_invitations() {
        RoomSummary channel = parley.channel(owner, ana);

        assertThat(memberIds(channel)).containsExactly("ana", "owner");
        assertThat(parley.members().add(bob, id(channel), List.of(bob.userId()))).hasSize(1);
        assertThat(parley.invitations().received(ana)).isEmpty();
    }

    @Test
    void the_member_added_by_accepting_is_numbered_in_the_rooms_change_log() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        parley.events().take();

        parley.invitations().accept(ana, onlyInvitationOf(ana).id().toString());

        List<Event> events = parley.events().take();
        assertThat(events).first().isInstanceOf(Event.InvitationChanged.class)
                .isNotInstanceOf(Event.RoomChange.class);
        assertThat(events).last().isInstanceOfSatisfying(Event.MemberAdded.class,
                added -> assertThat(added.change()).isPositive());
    }

    @Test
    void a_banned_user_is_not_invited_and_cannot_accept_an_earlier_invitation() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        String invitation = onlyInvitationOf(ana).id().toString();
        java.time.Instant now = java.time.Instant.now();
        parley.transactor().write(repos -> {
            repos.moderation().put(new dev.parley.core.moderation.Restriction(group.room().id(), bob.userId(),
                    dev.parley.core.moderation.Restriction.Kind.BAN, null, "owner", now, null));
            repos.moderation().put(new dev.parley.core.moderation.Restriction(group.room().id(), ana.userId(),
                    dev.parley.core.moderation.Restriction.Kind.BAN, null, "owner", now, null));
            return null;
        });

        assertRefused(ErrorCode.BANNED, () -> parley.members().add(owner, id(group), List.of(bob.userId())));
        assertThat(parley.invitations().received(bob)).isEmpty();
        assertRefused(ErrorCode.BANNED, () -> parley.invitations().accept(ana, invitation));
        assertThat(memberIds(group)).containsExactly("owner");
        assertThat(parley.invitations().received(ana)).hasSize(1);
    }

    @Test
    void banning_a_user_withdraws_their_pending_invitation() {
        RoomSummary group = parley.group(owner);
        parley.members().add(owner, id(group), List.of(ana.userId()));
        String invitation = onlyInvitationOf(ana).id().toString();
        var moderation = new dev.parley.core.moderation.ModerationService(parley.transactor(), parley.grants(),
                new dev.parley.core.audit.AuditTrail(new dev.parley.core.id.UuidV7Generator(java.time.Clock.systemUTC()),
                        java.time.Clock.systemUTC()), java.time.Clock.systemUTC());
        parley.events().take();

        moderation.restrict(owner, id(group), dev.parley.core.moderation.Restriction.Kind.BAN, ana.userId(), null, null);

        assertThat(parley.invitations().received(ana)).isEmpty();
        assertThat(parley.events().take()).anySatisfy(event -> assertThat(event)
                .isInstanceOfSatisfying(Event.InvitationChanged.class,
                        changed -> assertThat(changed.invitation().status()).isEqualTo(InvitationStatus.CANCELLED)));
        assertRefused(ErrorCode.INVITATION_CLOSED, () -> parley.invitations().accept(ana, invitation));
    }
}
