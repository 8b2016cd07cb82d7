package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.message.Message;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code MessageRepository.liveOf}: what a purge of a user's messages walks, batch by batch. */
public abstract class LiveMessagesOfUserContract extends StoreContract {

    @Test
    void a_users_live_messages_are_found_in_a_room_or_everywhere_and_tombstones_are_left_out() {
        var owner = data().user();
        var ana = data().user();
        var one = data().group(owner, ana);
        var two = data().group(owner, ana);
        Message a1 = data().post(one, ana, "a1");
        Message a2 = data().post(one, ana, "a2");
        Message b1 = data().post(two, ana, "b1");
        data().post(one, owner, "not hers");
        store().transaction(repos -> {
            repos.messages().tombstone(a2.id(), TestData.now());
            return null;
        });

        assertThat(ids(ana.id(), one.id(), 10)).containsExactly(a1.id());
        assertThat(ids(ana.id(), null, 10)).containsExactlyInAnyOrder(a1.id(), b1.id());
        assertThat(ids(ana.id(), null, 1)).hasSize(1);
        assertThat(ids(owner.id(), two.id(), 10)).isEmpty();
    }

    private List<UUID> ids(String userId, UUID roomId, int limit) {
        return store().read(repos -> repos.messages().liveOf(userId, roomId, limit)).stream().map(Message::id)
                .toList();
    }
}
