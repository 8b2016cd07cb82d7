package dev.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.store.DuplicateKeyException;
import dev.parley.core.user.JsonText;
import dev.parley.core.user.User;
import dev.parley.core.user.UserRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

public abstract class UserRepositoryContract extends StoreContract {

    @Test
    void an_inserted_user_is_found_with_every_field() {
        User user = data().user();

        Optional<User> found = store().read(repos -> repos.users().find(user.id()));

        assertThat(found).contains(user);
    }

    @Test
    void an_unknown_user_is_not_found() {
        var find = store().read(repos -> repos.users().find("nobody-" + TestData.token()));
        assertThat(find).isEmpty();
    }

    @Test
    void a_user_without_optional_fields_round_trips() {
        Instant now = TestData.now();
        User user = new User("bare" + TestData.token(), "Bare", null, UserRole.BOT, null, true, now, now);
        store().transaction(repos -> {
            repos.users().insert(user);
            return null;
        });

        var find = store().read(repos -> repos.users().find(user.id()));
        assertThat(find).contains(user);
    }

    @Test
    void inserting_an_existing_id_is_a_duplicate_key() {
        User user = data().user();

        assertThatThrownBy(() -> store().transaction(repos -> {
            repos.users().insert(user);
            return null;
        })).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void find_all_returns_the_existing_users_among_the_ids() {
        User a = data().user();
        User b = data().user();

        List<User> found = store().read(repos -> repos.users().findAll(List.of(a.id(), "ghost" + TestData.token(),
                b.id(), a.id())));

        assertThat(found).containsExactlyInAnyOrder(a, b);
        var findAll = store().read(repos -> repos.users().findAll(List.of()));
        assertThat(findAll).isEmpty();
    }

    @Test
    void update_replaces_the_writable_fields() {
        User user = data().user();
        User changed = new User(user.id(), "New Name", null, UserRole.ADMIN, new JsonText("[1,2]"), true,
                user.createdAt(), TestData.now());

        store().transaction(repos -> {
            repos.users().update(changed);
            return null;
        });

        var find = store().read(repos -> repos.users().find(user.id()));
        assertThat(find).contains(changed);
    }

    @Test
    void a_deactivated_user_is_inactive_and_an_update_reactivates_it() {
        User user = data().user();
        Instant at = TestData.now();
        store().transaction(repos -> {
            repos.users().deactivate(user.id(), at);
            return null;
        });
        User deactivated = store().read(repos -> repos.users().find(user.id())).orElseThrow();
        assertThat(deactivated.active()).isFalse();
        assertThat(deactivated.updatedAt()).isEqualTo(at);

        User reactivated = new User(user.id(), user.name(), user.avatarUrl(), user.role(), user.data(), true,
                user.createdAt(), TestData.now());
        store().transaction(repos -> {
            repos.users().update(reactivated);
            return null;
        });
        var find = store().read(repos -> repos.users().find(user.id()));
        assertThat(find).contains(reactivated);
    }

    @Test
    void tokens_valid_from_starts_at_zero_and_can_be_set() {
        User user = data().user();
        var tokensValidFrom = store().read(repos -> repos.users().tokensValidFrom(user.id()));
        assertThat(tokensValidFrom).isZero();

        store().transaction(repos -> {
            repos.users().setTokensValidFrom(user.id(), 1_700_000_000L);
            return null;
        });

        var tokensValidFrom2 = store().read(repos -> repos.users().tokensValidFrom(user.id()));
        assertThat(tokensValidFrom2).isEqualTo(1_700_000_000L);
        var tokensValidFrom3 = store().read(repos -> repos.users().tokensValidFrom("ghost" + TestData.token()));
        assertThat(tokensValidFrom3).isZero();
    }

    @Test
    void search_matches_a_prefix_of_the_id_or_the_name_case_insensitively_ordered_by_id() {
        String prefix = "Srch" + TestData.token();
        User byId = data().user(prefix + "-B", "Zed");
        User byName = data().user("x" + TestData.token(), prefix.toUpperCase() + " Smith");
        User byBoth = data().user(prefix.toLowerCase() + "-a", prefix + " Both");
        data().user("x" + TestData.token(), "Not" + prefix);

        List<User> found = store().read(repos -> repos.users().search(prefix.toLowerCase(), null, 10));

        assertThat(found).extracting(User::id).containsExactlyElementsOf(
                List.of(byId, byName, byBoth).stream().map(User::id).sorted().toList());
    }

    @Test
    void search_matches_the_start_of_any_word_of_the_name_or_the_id() {
        String token = TestData.token();
        User grace = data().user("grace." + token, "Grace Kim" + token);
        User dashed = data().user("w" + token, "Jean-Kim" + token + " Martin");
        User byIdWord = data().user("team_" + "kim" + token, "Someone");
        data().user("v" + token, "Akim" + token);

        List<User> found = store().read(repos -> repos.users().searchActive("KIM" + token, null, 10));

        assertThat(found).extracting(User::id).containsExactlyElementsOf(
                List.of(grace, dashed, byIdWord).stream().map(User::id).sorted().toList());
        assertThat(search(token)).as("a word of the id after a dot")
                .extracting(User::id).containsExactly(grace.id());
    }

    @Test
    void a_renamed_user_is_found_by_the_words_of_the_new_name() {
        String token = TestData.token();
        User user = data().user("r" + token, "Old Name");
        User renamed = new User(user.id(), "Grace Kim" + token, user.avatarUrl(), user.role(), user.data(),
                user.active(), user.createdAt(), TestData.now());
        store().transaction(repos -> {
            repos.users().update(renamed);
            return null;
        });

        assertThat(search("kim" + token)).extracting(User::id).containsExactly(user.id());
    }

    @Test
    void active_search_leaves_out_deactivated_users() {
        String prefix = "act" + TestData.token();
        User active = data().user(prefix + "-a", "Active");
        User gone = data().user(prefix + "-b", "Gone");
        store().transaction(repos -> {
            repos.users().deactivate(gone.id(), TestData.now());
            return null;
        });

        List<User> found = store().read(repos -> repos.users().searchActive(prefix, null, 10));

        assertThat(found).extracting(User::id).containsExactly(active.id());
        assertThat(search(prefix)).extracting(User::id).containsExactly(active.id(), gone.id());
    }

    @Test
    void the_shared_rooms_search_finds_only_active_people_in_a_room_with_the_viewer() {
        String prefix = "shr" + TestData.token();
        User viewer = data().user(prefix + "-a", "Viewer");
        User roommate = data().user(prefix + "-b", "Roommate");
        User stranger = data().user(prefix + "-c", "Stranger");
        User gone = data().user(prefix + "-d", "Gone");
        data().group(viewer, roommate, gone);
        data().group(stranger);
        store().transaction(repos -> {
            repos.users().deactivate(gone.id(), TestData.now());
            return null;
        });

        List<User> found = store().read(repos -> repos.users().searchActiveSharingRooms(prefix, viewer.id(), null, 10));
        List<User> afterViewer = store().read(repos -> repos.users().searchActiveSharingRooms(prefix, viewer.id(),
                viewer.id(), 10));

        assertThat(found).extracting(User::id).containsExactly(viewer.id(), roommate.id());
        assertThat(afterViewer).extracting(User::id).containsExactly(roommate.id());
        List<User> forNobody = store().read(repos -> repos.users().searchActiveSharingRooms(prefix, "nobody", null, 10));
        assertThat(forNobody).isEmpty();
    }

    @Test
    void search_treats_percent_underscore_and_backslash_literally() {
        String token = TestData.token();
        User percent = data().user("p" + token + "%x", "Percent");
        User underscore = data().user("p" + token + "_x", "Underscore");
        User backslash = data().user("q" + token, "p" + token + "\\x");
        data().user("p" + token + "ax", "Plain");

        assertThat(search("p" + token + "%")).extracting(User::id).containsExactly(percent.id());
        assertThat(search("p" + token + "_")).extracting(User::id).containsExactly(underscore.id());
        assertThat(search("P" + token.toUpperCase() + "\\")).extracting(User::id).containsExactly(backslash.id());
        assertThat(search("p" + token)).hasSize(4);
    }

    @Test
    void search_pages_by_id_after_an_exclusive_position() {
        String prefix = "pg" + TestData.token();
        List<String> ids = List.of(prefix + "1", prefix + "2", prefix + "3", prefix + "4", prefix + "5");
        ids.forEach(id -> data().user(id, "Paged"));

        List<User> first = store().read(repos -> repos.users().search(prefix, null, 2));
        List<User> second = store().read(repos -> repos.users().search(prefix, first.get(1).id(), 2));
        List<User> last = store().read(repos -> repos.users().search(prefix, ids.get(3), 2));
        List<User> beyond = store().read(repos -> repos.users().search(prefix, ids.get(4), 2));

        assertThat(first).extracting(User::id).containsExactly(ids.get(0), ids.get(1));
        assertThat(second).extracting(User::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(last).extracting(User::id).containsExactly(ids.get(4));
        assertThat(beyond).isEmpty();
    }

    @Test
    void an_empty_prefix_matches_every_user() {
        User user = data().user();

        List<User> found = store().read(repos -> repos.users().search("", null, 1_000_000));

        assertThat(found).extracting(User::id).contains(user.id());
        assertThat(found).extracting(User::id).isSorted();
    }

    private List<User> search(String prefix) {
        return store().read(repos -> repos.users().search(prefix, null, 10));
    }
}
