package dev.parley.core.auth;

import static dev.parley.core.testing.CoreServices.id;
import static dev.parley.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.error.ErrorCode;
import dev.parley.core.message.Message;
import dev.parley.core.message.MessageDraft;
import dev.parley.core.room.RoomSummary;
import dev.parley.core.testing.CoreServices;
import dev.parley.core.user.UserRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each app role may do anywhere, on top of the room roles, as the services enforce it. */
class RolePermissionsTest {

    @Test
    void by_default_users_and_bots_may_do_everything_but_delete_any_message_and_admins_everything() {
        Set<Permission> allButDeleteAny = EnumSet.complementOf(EnumSet.of(Permission.DELETE_ANY_MESSAGE));

        assertThat(RolePermissions.defaultsOf(UserRole.USER)).isEqualTo(allButDeleteAny);
        assertThat(RolePermissions.defaultsOf(UserRole.BOT)).isEqualTo(allButDeleteAny);
        assertThat(RolePermissions.defaultsOf(UserRole.ADMIN)).isEqualTo(EnumSet.allOf(Permission.class));
    }

    @Test
    void a_role_left_out_of_the_grant_may_do_nothing_and_is_told_which_permission_it_lacks() {
        try (CoreServices parley = new CoreServices(grant(UserRole.USER, EnumSet.allOf(Permission.class)))) {
            Actor bot = parley.user("bot", UserRole.BOT);
            Actor user = parley.user("user");
            RoomSummary room = parley.group(user, bot);

            assertThatThrownBy(() -> parley.messages().post(bot, id(room), draft("beep")))
                    .hasMessageContaining("your role (bot) may not send messages");
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.group(bot));
        }
    }

    @Test
    void the_grant_is_a_copy_the_caller_cannot_change_afterwards() {
        Set<Permission> granted = EnumSet.of(Permission.SEND_MESSAGES);
        RolePermissions permissions = grant(UserRole.USER, granted);

        granted.add(Permission.REACT);

        assertThat(permissions.of(UserRole.USER)).containsExactly(Permission.SEND_MESSAGES);
        assertThatThrownBy(() -> permissions.of(UserRole.USER).add(Permission.REACT))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void without_create_channels_a_user_creates_groups_but_not_channels() {
        try (CoreServices parley = new CoreServices(allBut(Permission.CREATE_CHANNELS))) {
            Actor user = parley.user("user");

            assertThat(parley.group(user).room().type().wireName()).isEqualTo("group");
            assertRefused(ErrorCode.FORBIDDEN, () -> parley.channel(user));
        }
    }

    @Test
    void without_manage_members_even_an_owner_adds_no_one_but_anyone_still_joins_channels_and_leaves() {
        try (CoreServices parley = new CoreServices(allBut(Permission.MANAGE_MEMBERS))) {
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
    void without_react_or_edit_own_messages_those_are_refused_and_nothing_changes() {
        try (CoreServices parley = new CoreServices(allBut(Permission.REACT, Permission.EDIT_OWN_MESSAGES))) {
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
    void without_create_direct_rooms_a_user_opens_only_direct_rooms_that_exist() {
        Set<Permission> userGrant = EnumSet.complementOf(EnumSet.of(Permission.CREATE_DIRECT_ROOMS,
                Permission.DELETE_ANY_MESSAGE));
        try (CoreServices parley = new CoreServices(new RolePermissions(Map.of(UserRole.USER, userGrant,
                UserRole.BOT, RolePermissions.defaultsOf(UserRole.BOT))))) {
            Actor user = parley.user("user");
            Actor bot = parley.user("bot", UserRole.BOT);

            assertRefused(ErrorCode.FORBIDDEN, () -> parley.rooms().openDirect(user, bot.userId()));
            RoomSummary opened = parley.rooms().openDirect(bot, user.userId()).value();
            assertThat(parley.rooms().openDirect(user, bot.userId()).value().room().id()).isEqualTo(opened.room().id());
        }
    }

    private static RolePermissions allBut(Permission... withheld) {
        return grant(UserRole.USER, EnumSet.complementOf(EnumSet.of(Permission.DELETE_ANY_MESSAGE, withheld)));
    }

    private static RolePermissions grant(UserRole role, Set<Permission> permissions) {
        return new RolePermissions(Map.of(role, permissions));
    }

    private static MessageDraft draft(String text) {
        return new MessageDraft(text, null, null, List.of());
    }
}
