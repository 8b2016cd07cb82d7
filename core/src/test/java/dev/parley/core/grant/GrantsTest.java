package dev.parley.core.grant;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.auth.Actor;
import dev.parley.core.auth.Permission;
import dev.parley.core.error.ErrorCode;
import dev.parley.core.error.ParleyException;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.room.RoomType;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.testing.TestGrants;
import dev.parley.core.user.UserRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grants document: app roles, room roles per room type, {@code !grant} revokes; enforced by the services. */
class GrantsTest {

    @Test
    void by_default_admins_may_do_everything_users_and_bots_all_but_moderating_and_guests_read_and_post() {
        Grants grants = Grants.DEFAULT;

        assertThat(grants.ofApp(UserRole.ADMIN)).isEqualTo(EnumSet.allOf(Permission.class));
        assertThat(grants.ofApp(UserRole.USER)).isEqualTo(EnumSet.complementOf(
                EnumSet.of(Permission.DELETE_ANY_MESSAGE, Permission.MANAGE_MEMBERS, Permission.UPDATE_ROOM,
                        Permission.BAN_MEMBERS, Permission.MUTE_MEMBERS, Permission.FREEZE_ROOM,
                        Permission.MENTION_ALL)));
        assertThat(grants.ofApp(UserRole.BOT)).isEqualTo(grants.ofApp(UserRole.USER));
        assertThat(grants.ofApp(UserRole.GUEST)).containsExactlyInAnyOrder(Permission.SEND_MESSAGES,
                Permission.EDIT_OWN_MESSAGES, Permission.DELETE_OWN_MESSAGES, Permission.REACT);
    }

    @Test
    void a_room_role_adds_its_grants_in_rooms_of_its_type_only() {
        Grants grants = Grants.DEFAULT;

        assertThat(grants.inRoom(UserRole.USER, RoomType.GROUP, MemberRole.MODERATOR))
                .contains(Permission.DELETE_ANY_MESSAGE, Permission.MANAGE_MEMBERS, Permission.MENTION_ALL);
        assertThat(grants.inRoom(UserRole.USER, RoomType.GROUP, MemberRole.MEMBER))
                .doesNotContain(Permission.DELETE_ANY_MESSAGE, Permission.MANAGE_MEMBERS, Permission.MENTION_ALL);
        assertThat(grants.inRoom(UserRole.USER, RoomType.DIRECT, MemberRole.OWNER))
                .doesNotContain(Permission.DELETE_ANY_MESSAGE);
    }

    @Test
    void a_revoked_grant_is_gone_whatever_else_grants_it() {
        Grants grants = Grants.parse(TestGrants.defaultsWith("group", "owner", "manage-members", "!send-message"));

        assertThat(grants.inRoom(UserRole.ADMIN, RoomType.GROUP, MemberRole.OWNER))
                .contains(Permission.MANAGE_MEMBERS).doesNotContain(Permission.SEND_MESSAGES);
        assertThat(grants.inRoom(UserRole.ADMIN, RoomType.CHANNEL, MemberRole.OWNER)).contains(Permission.SEND_MESSAGES);
    }

    @Test
    void a_document_with_unknown_scopes_roles_or_grants_is_refused_naming_each_of_them() {
        var document = new GrantsDocument(Map.of(
                "app", Map.of("superuser", List.of("send-message"), "user", List.of("fly", "!swim")),
                "group", Map.of("admin", List.of()),
                "lobby", Map.of("member", List.of())));

        assertThatThrownBy(() -> Grants.parse(document)).isInstanceOfSatisfying(ParleyException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.getMessage()).contains("app.superuser", "group.admin", "lobby", "fly", "!swim")
                    .contains("nothing was changed");
        });
    }

    @Test
    void a_role_left_out_of_the_document_may_do_nothing_and_is_told_which_grant_it_lacks() {
        var document = new GrantsDocument(Map.of("app", Map.of("user", List.of("send-message", "create-group"))));
        try (CoreServices parley = new CoreServices(Grants.parse(document))) {
            Actor bot = parley.user("bot", UserRole.BOT);
            Actor user = parley.user("user");
            RoomSummary room = parley.group(user, bot);

            assertThatThrownBy(() -> parley.messages().post(bot, id(room), draft("beep")))
                    .hasMessageContaining("your role (bot, member of this group) may not send message");
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.group(bot));
        }
    }

    @Test
    void without_create_channel_a_user_creates_groups_but_not_channels() {
        try (CoreServices parley = new CoreServices(TestGrants.revokedFor("user", "create-channel"))) {
            Actor user = parley.user("user");

            assertThat(parley.group(user).room().type().wireName()).isEqualTo("group");
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.channel(user));
        }
    }

    @Test
    void with_manage_members_revoked_even_an_owner_adds_no_one_but_anyone_still_joins_channels_and_leaves() {
        try (CoreServices parley = new CoreServices(TestGrants.revokedFor("user", "manage-members"))) {
            Actor owner = parley.user("owner");
            Actor ana = parley.user("ana");
            RoomSummary channel = parley.channel(owner);

            assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().add(owner, id(channel), List.of(ana.userId())));
            assertThat(parley.members().add(ana, id(channel), List.of(ana.userId()))).hasSize(1);
            parley.members().remove(ana, id(channel), ana.userId());
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().setRole(owner, id(channel), owner.userId(),
                    "owner"));
        }
    }

    @Test
    void without_react_or_edit_own_message_those_are_refused_and_nothing_changes() {
        try (CoreServices parley = new CoreServices(TestGrants.revokedFor("user", "react", "edit-own-message"))) {
            Actor user = parley.user("user");
            RoomSummary room = parley.group(user);
            Message message = parley.post(user, room, "as sent");
            String messageId = message.id().toString();

            assertRefused(ErrorCode.FORBIDDEN, () -> parley.messages().react(user, id(room), messageId, "👍", true));
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.messages().edit(user, id(room), messageId, "changed"));
            assertThat(parley.messages().history(user, id(room), new dev.parley.core.message.HistoryQuery(null, null, 5))
                    .items()).containsExactly(message);
        }
    }

    @Test
    void without_create_direct_room_a_user_opens_only_direct_rooms_that_exist() {
        try (CoreServices parley = new CoreServices(TestGrants.revokedFor("user", "create-direct-room"))) {
            Actor user = parley.user("user");
            Actor bot = parley.user("bot", UserRole.BOT);

            assertRefused(ErrorCode.FORBIDDEN, () -> parley.rooms().openDirect(user, bot.userId()));
            RoomSummary opened = parley.rooms().openDirect(bot, user.userId()).value();
            assertThat(parley.rooms().openDirect(user, bot.userId()).value().room().id()).isEqualTo(opened.room().id());
        }
    }

    @Test
    void a_guest_posts_where_invited_but_neither_creates_rooms_nor_browses_channels_nor_searches_users() {
        try (CoreServices parley = new CoreServices()) {
            Actor host = parley.user("host");
            Actor guest = parley.user("guest", UserRole.GUEST);
            RoomSummary room = parley.group(host, guest);
            RoomSummary channel = parley.channel(host);

            assertThat(parley.post(guest, room, "hello").text()).isEqualTo("hello");
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.group(guest));
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.rooms().openDirect(guest, host.userId()));
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.rooms().channels(guest, "",
                    new dev.parley.core.page.PageRequest(10, null)));
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.members().add(guest, id(channel), List.of(guest.userId())));
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.users().directory(guest, "ho",
                    new dev.parley.core.page.PageRequest(10, null)));
        }
    }

    private static MessageDraft draft(String text) {
        return new MessageDraft(text, null, null, List.of());
    }
}
