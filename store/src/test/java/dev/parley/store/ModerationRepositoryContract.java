package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.moderation.PostingState;
import dev.parley.core.moderation.Restriction;
import dev.parley.core.room.Member;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomAccess;
import dev.parley.core.room.Silence;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public abstract class ModerationRepositoryContract extends StoreContract {

    @Test
    void bans_and_mutes_are_put_found_replaced_and_lifted_and_only_active_ones_count() {
        var owner = data().user();
        var ana = data().user();
        var bob = data().user();
        var room = data().group(owner, ana, bob);
        Instant now = TestData.now();
        var ban = new Restriction(room.id(), ana.id(), Restriction.Kind.BAN, "spam", owner.id(), now, null);
        var expired = new Restriction(room.id(), bob.id(), Restriction.Kind.BAN, null, owner.id(), now,
                now.minusSeconds(1));
        var mute = new Restriction(room.id(), bob.id(), Restriction.Kind.MUTE, null, owner.id(), now,
                now.plusSeconds(60));
        store().transaction(repos -> {
            repos.moderation().put(ban);
            repos.moderation().put(expired);
            repos.moderation().put(mute);
            return null;
        });

        assertThat(find(room.id(), ana.id(), Restriction.Kind.BAN))
                .contains(ban);
        assertThat(banned(room.id(), List.of(bob.id(), ana.id(),
                owner.id()), now)).containsExactly(ana.id());
        assertThat(state(room.id(), bob.id(), now))
                .isEqualTo(new PostingState(false, true));
        assertThat(state(room.id(), bob.id(), now.plusSeconds(61)))
                .isEqualTo(PostingState.FREE);

        var longer = new Restriction(room.id(), ana.id(), Restriction.Kind.BAN, "again", owner.id(), now,
                now.plusSeconds(5));
        store().transaction(repos -> {
            repos.moderation().put(longer);
            return null;
        });
        assertThat(find(room.id(), ana.id(), Restriction.Kind.BAN))
                .contains(longer);
        assertThat(lift(room.id(), ana.id(), Restriction.Kind.BAN))
                .isTrue();
        assertThat(lift(room.id(), ana.id(), Restriction.Kind.BAN))
                .isFalse();
        assertThat(state(room.id(), ana.id(), now))
                .isEqualTo(PostingState.FREE);
    }

    @Test
    void a_frozen_room_is_read_frozen_with_its_members_view_until_thawed_and_its_moderation_goes_with_it() {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner, ana);
        Instant now = TestData.now();
        store().transaction(repos -> {
            repos.rooms().setFrozen(room.id(), true);
            repos.rooms().setFrozen(room.id(), true);
            repos.moderation().put(new Restriction(room.id(), ana.id(), Restriction.Kind.MUTE, null, owner.id(), now,
                    null));
            return null;
        });
        assertThat(store().read(repos -> repos.rooms().find(room.id())).orElseThrow().frozen())
                .isTrue();
        assertThat(seenBy(room.id(), ana.id()).room().frozen())
                .isTrue();
        assertThat(store().read(repos -> repos.members().roomsOf(ana.id(), null, 10)).getFirst().room().frozen())
                .isTrue();
        assertThat(state(room.id(), ana.id(), now))
                .isEqualTo(new PostingState(false, true));

        store().transaction(repos -> {
            repos.rooms().setFrozen(room.id(), false);
            return null;
        });
        assertThat(seenBy(room.id(), owner.id()).room().frozen())
                .isFalse();

        store().transaction(repos -> {
            repos.rooms().setFrozen(room.id(), true);
            repos.rooms().delete(room.id());
            return null;
        });
        assertThat(find(room.id(), ana.id(), Restriction.Kind.MUTE))
                .isEmpty();
    }

    @Test
    void a_moderators_mute_rides_on_the_membership_read_with_the_room_until_cleared() {
        var owner = data().user();
        var ana = data().user();
        var bob = data().user();
        var stranger = data().user();
        var room = data().group(owner, ana, bob);
        Instant until = TestData.now().plusSeconds(600);
        store().transaction(repos -> {
            repos.members().setSilence(room.id(), ana.id(), new Silence(until));
            repos.members().setSilence(room.id(), bob.id(), Silence.UNTIL_LIFTED);
            repos.members().setSilence(room.id(), stranger.id(), Silence.UNTIL_LIFTED);
            return null;
        });

        assertThat(seenBy(room.id(), ana.id()).membership().orElseThrow().silence())
                .isEqualTo(new Silence(until));
        assertThat(store().read(repos -> repos.members().find(room.id(), bob.id())).orElseThrow().silence())
                .isEqualTo(Silence.UNTIL_LIFTED);
        assertThat(store().read(repos -> repos.members().roomsOf(ana.id(), null, 10)).getFirst().silence())
                .isEqualTo(new Silence(until));
        assertThat(seenBy(room.id(), owner.id()).membership().orElseThrow().silence())
                .isNull();
        assertThat(seenBy(room.id(), stranger.id()).membership())
                .isEmpty();

        store().transaction(repos -> {
            repos.members().setSilence(room.id(), ana.id(), null);
            return null;
        });
        assertThat(seenBy(room.id(), ana.id()).membership().orElseThrow().silence())
                .isNull();
        assertThat(store().read(repos -> repos.members().roomsOf(ana.id(), null, 10)).getFirst().silence())
                .isNull();
    }

    @Test
    void a_membership_inserted_muted_is_read_muted() {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner);
        Instant until = TestData.now().plusSeconds(60);
        var member = new Member(room.id(), ana.id(), MemberRole.MEMBER, 0, false, TestData.now(), new Silence(until));
        store().transaction(repos -> {
            repos.members().insert(member);
            return null;
        });

        java.util.Optional<Member> found = store().read(repos -> repos.members().find(room.id(), ana.id()));
        assertThat(found)
                .contains(member);
    }

    private RoomAccess.Visible seenBy(java.util.UUID room, String user) {
        return store().read(repos -> repos.rooms().findAsSeenBy(room, user)).orElseThrow();
    }

    private java.util.Optional<Restriction> find(java.util.UUID room, String user, Restriction.Kind kind) {
        return store().read(repos -> repos.moderation().find(room, user, kind));
    }

    private PostingState state(java.util.UUID room, String user, Instant now) {
        return store().read(repos -> repos.moderation().postingState(room, user, now));
    }

    private List<String> banned(java.util.UUID room, List<String> users, Instant now) {
        return store().read(repos -> repos.moderation().bannedAmong(room, users, now));
    }

    private boolean lift(java.util.UUID room, String user, Restriction.Kind kind) {
        return store().transaction(repos -> repos.moderation().remove(room, user, kind));
    }
}
