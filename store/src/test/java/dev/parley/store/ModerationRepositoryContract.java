package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.moderation.PostingState;
import dev.parley.core.moderation.Restriction;
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
                .isEqualTo(new PostingState(false, false, true));
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
    void a_room_is_frozen_and_thawed_and_its_moderation_goes_with_it_when_deleted() {
        var owner = data().user();
        var ana = data().user();
        var room = data().group(owner, ana);
        Instant now = TestData.now();
        store().transaction(repos -> {
            repos.moderation().setFrozen(room.id(), true, owner.id(), now);
            repos.moderation().setFrozen(room.id(), true, owner.id(), now);
            repos.moderation().put(new Restriction(room.id(), ana.id(), Restriction.Kind.MUTE, null, owner.id(), now,
                    null));
            return null;
        });
        assertThat(state(room.id(), ana.id(), now))
                .isEqualTo(new PostingState(true, false, true));

        store().transaction(repos -> {
            repos.moderation().setFrozen(room.id(), false, owner.id(), now);
            return null;
        });
        assertThat(state(room.id(), owner.id(), now).frozen())
                .isFalse();

        store().transaction(repos -> {
            repos.moderation().setFrozen(room.id(), true, owner.id(), now);
            repos.rooms().delete(room.id());
            return null;
        });
        assertThat(find(room.id(), ana.id(), Restriction.Kind.MUTE))
                .isEmpty();
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
