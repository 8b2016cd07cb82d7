package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.message.Message;
import dev.parley.core.message.Reaction;
import dev.parley.core.room.Room;
import dev.parley.core.user.User;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class ReactionRepositoryContract extends StoreContract {

    @Test
    void adding_a_reaction_twice_adds_it_once() {
        Fixture f = fixtureWithMessage();

        assertThat(add(f, f.a, "👍")).isTrue();
        assertThat(add(f, f.a, "👍")).isFalse();

        assertThat(reactionsOf(f.message)).containsExactly(new Reaction("👍", 1, List.of(f.a.id())));
    }

    @Test
    void reactions_group_by_emoji_in_order_of_first_use_with_users_in_reaction_order() {
        Fixture f = fixtureWithMessage();
        add(f, f.b, "tada");
        add(f, f.a, "👍");
        add(f, f.a, "tada");
        add(f, f.b, "👍");

        assertThat(reactionsOf(f.message)).containsExactly(
                new Reaction("tada", 2, List.of(f.b.id(), f.a.id())),
                new Reaction("👍", 2, List.of(f.a.id(), f.b.id())));
    }

    @Test
    void removing_a_reaction_reports_whether_there_was_one() {
        Fixture f = fixtureWithMessage();
        add(f, f.a, "👍");
        add(f, f.b, "👍");

        var remove = store().<Boolean>transaction(repos -> repos.reactions().remove(f.message.id(), f.a.id(), "👍"));
        assertThat(remove).isTrue();
        var remove2 = store().<Boolean>transaction(repos -> repos.reactions().remove(f.message.id(), f.a.id(), "👍"));
        assertThat(remove2).isFalse();

        assertThat(reactionsOf(f.message)).containsExactly(new Reaction("👍", 1, List.of(f.b.id())));
    }

    @Test
    void remove_all_clears_one_message_only() {
        Fixture f = fixtureWithMessage();
        Message other = data().post(f.room, f.a, "other");
        add(f, f.a, "👍");
        store().transaction(repos -> repos.reactions().add(f.room.id(), other.id(), f.b.id(), "x", TestData.now()));

        store().transaction(repos -> {
            repos.reactions().removeAll(f.message.id());
            return null;
        });

        Map<UUID, List<Reaction>> all = store().read(repos -> repos.reactions().of(List.of(f.message.id(), other.id())));
        assertThat(all).containsOnlyKeys(other.id());
        assertThat(all.get(other.id())).containsExactly(new Reaction("x", 1, List.of(f.b.id())));
    }

    @Test
    void reactions_of_several_messages_come_in_one_map_without_empty_entries() {
        Fixture f = fixtureWithMessage();
        Message quiet = data().post(f.room, f.a, "quiet");
        add(f, f.a, "👍");

        Map<UUID, List<Reaction>> all = store().read(repos -> repos.reactions().of(List.of(f.message.id(), quiet.id())));

        assertThat(all).containsOnlyKeys(f.message.id());
        var of = store().<Map<UUID, List<Reaction>>>read(repos -> repos.reactions().of(List.of()));
        assertThat(of).isEmpty();
    }

    private record Fixture(User a, User b, Room room, Message message) {
    }

    private Fixture fixtureWithMessage() {
        User a = data().user();
        User b = data().user();
        Room room = data().group(a, b);
        return new Fixture(a, b, room, data().post(room, a, "react to me"));
    }

    private boolean add(Fixture f, User user, String emoji) {
        return store().transaction(repos -> repos.reactions().add(f.room.id(), f.message.id(), user.id(), emoji,
                TestData.now()));
    }

    private List<Reaction> reactionsOf(Message message) {
        return store().read(repos -> repos.reactions().of(List.of(message.id()))).getOrDefault(message.id(), List.of());
    }
}
