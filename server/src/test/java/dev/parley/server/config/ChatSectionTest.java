package dev.parley.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.auth.Permission;
import dev.parley.core.room.MemberRole;
import dev.parley.core.room.RoomType;
import dev.parley.core.user.UserRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file's chat.* and permissions.* sections, and the web settings. */
class ChatSectionTest {
    @TempDir
    Path dir;

    private ParleyConfig load(String properties) throws Exception {
        return new ConfigLoader(Map.of()).load(Files.writeString(dir.resolve("p.properties"), properties), Map.of());
    }

    @Test
    void the_defaults_read_well_in_both_themes() {
        for (String mode : List.of("light", "dark")) {
            List<String> colors = ChatSection.PALETTES.get(mode);
            String text = colors.get(ChatSection.COLORS.indexOf("text"));
            for (String background : List.of("background", "surface", "own-bubble", "other-bubble")) {
                assertThat(Contrast.ratio(text, colors.get(ChatSection.COLORS.indexOf(background))))
                        .as(mode + " text on " + background).isGreaterThanOrEqualTo(Contrast.AA);
            }
            for (String background : List.of("background", "surface", "own-bubble", "other-bubble")) {
                assertThat(Contrast.ratio(colors.get(ChatSection.COLORS.indexOf("muted")), colors.get(ChatSection.COLORS.indexOf(background))))
                        .as(mode + " muted on " + background).isGreaterThanOrEqualTo(Contrast.AA);
            }
            assertThat(Contrast.ratio(colors.get(ChatSection.COLORS.indexOf("primary-contrast")),
                    colors.get(ChatSection.COLORS.indexOf("primary")))).as(mode + " on primary").isGreaterThanOrEqualTo(Contrast.AA);
            assertThat(Contrast.ratio(colors.get(ChatSection.COLORS.indexOf("danger")),
                    colors.get(ChatSection.COLORS.indexOf("background")))).as(mode + " danger").isGreaterThanOrEqualTo(Contrast.AA);
        }
    }

    @Test
    void defaults_without_a_file_give_the_web_client_and_todays_permissions() throws Exception {
        ParleyConfig config = new ConfigLoader(Map.of()).load(null, Map.of());

        var web = config.web().clients().find("web").orElseThrow();
        assertThat(web.theme()).containsEntry("appName", "Parley").containsEntry("mode", "auto").containsEntry("logoUrl", null);
        assertThat(web.features()).hasSize(9).doesNotContainValue(false);
        assertThat(config.grants().ofApp(UserRole.USER)).doesNotContain(Permission.DELETE_ANY_MESSAGE,
                Permission.MANAGE_MEMBERS, Permission.UPDATE_ROOM, Permission.BAN_MEMBERS, Permission.MENTION_ALL)
                .hasSize(Permission.values().length - 7);
        assertThat(config.grants().ofApp(UserRole.ADMIN)).containsExactlyInAnyOrder(Permission.values());
        assertThat(config.web().frameOrigins()).isEmpty();
        assertThat(config.identity()).isEqualTo(ParleyConfig.Identity.DEFAULT);
    }

    @Test
    void a_theme_that_sets_only_primary_tints_the_own_bubble_and_the_text_on_buttons_from_it() throws Exception {
        ParleyConfig config = load("""
                chat.web.theme.light.primary=#0a7d3b
                chat.web.theme.dark.primary=#f5c542
                """);

        var web = config.web().clients().find("web").orElseThrow();
        for (String mode : List.of("light", "dark")) {
            @SuppressWarnings("unchecked")
            var colors = (Map<String, String>) web.theme().get(mode);
            String defaultBubble = ChatSection.PALETTES.get(mode).get(ChatSection.COLORS.indexOf("own-bubble"));
            assertThat(colors.get("ownBubble")).as(mode).isNotEqualTo(defaultBubble);
            assertThat(Contrast.ratio(colors.get("text"), colors.get("ownBubble"))).as(mode).isGreaterThanOrEqualTo(Contrast.AA);
            assertThat(Contrast.ratio(colors.get("muted"), colors.get("ownBubble"))).as(mode).isGreaterThanOrEqualTo(Contrast.AA);
            assertThat(Contrast.ratio(colors.get("primaryContrast"), colors.get("primary"))).as(mode).isGreaterThanOrEqualTo(Contrast.AA);
        }
        @SuppressWarnings("unchecked")
        var light = (Map<String, String>) web.theme().get("light");
        assertThat(light.get("ownBubble")).isEqualTo(DerivedColors.mix("#0a7d3b", light.get("background"), 0.14));
        @SuppressWarnings("unchecked")
        var dark = (Map<String, String>) web.theme().get("dark");
        assertThat(dark.get("primaryContrast")).as("near-black reads better on yellow").isEqualTo("#0b0d12");
    }

    @Test
    void theme_features_and_permissions_come_from_the_file() throws Exception {
        ParleyConfig config = load("""
                chat.web.theme.light.own-bubble=#ABCDEF
                chat.web.theme.radius=4px
                chat.web.features.read-receipts=off
                permissions.user.create-groups=false
                permissions.bot.send-messages=no
                permissions.user.delete-any-message=true
                """);

        var web = config.web().clients().find("web").orElseThrow();
        @SuppressWarnings("unchecked")
        var light = (Map<String, String>) web.theme().get("light");
        assertThat(light).containsEntry("ownBubble", "#abcdef");
        assertThat(web.theme()).containsEntry("radius", "4px");
        assertThat(web.features()).containsEntry("readReceipts", false);
        assertThat(config.grants().ofApp(UserRole.USER)).doesNotContain(Permission.CREATE_GROUPS)
                .contains(Permission.DELETE_ANY_MESSAGE);
        assertThat(config.grants().ofApp(UserRole.BOT)).doesNotContain(Permission.SEND_MESSAGES);
        assertThat(config.grants().revokedForApp(UserRole.BOT, Permission.SEND_MESSAGES)).isTrue();
    }

    @Test
    void grants_keys_replace_a_roles_rules_in_the_default_document() throws Exception {
        ParleyConfig config = load("""
                grants.app.guest=send-message, react
                grants.channel.member=!send-message
                """);

        assertThat(config.grants().ofApp(UserRole.GUEST)).containsExactlyInAnyOrder(Permission.SEND_MESSAGES,
                Permission.REACT);
        assertThat(config.grants().inRoom(UserRole.USER, RoomType.CHANNEL, MemberRole.MEMBER))
                .doesNotContain(Permission.SEND_MESSAGES);
        assertThat(config.grants().inRoom(UserRole.USER, RoomType.GROUP, MemberRole.MEMBER))
                .contains(Permission.SEND_MESSAGES);
    }

    @Test
    void bad_values_are_refused_naming_the_key() {
        assertThatThrownBy(() -> load("chat.web.theme.light.primary=red; background:url(x)\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("chat.web.theme.light.primary")
                .hasMessageContaining("hex color");
        assertThatThrownBy(() -> load("chat.web.theme.radius=calc(1px)\n"))
                .hasMessageContaining("chat.web.theme.radius");
        assertThatThrownBy(() -> load("chat.web.theme.logo-url=javascript:alert(1)\n"))
                .hasMessageContaining("chat.web.theme.logo-url");
        assertThatThrownBy(() -> load("chat.web.theme.mode=sepia\n")).hasMessageContaining("light, dark or auto");
        assertThatThrownBy(() -> load("chat.web.features.reactions=maybe\n"))
                .hasMessageContaining("chat.web.features.reactions").hasMessageContaining("true or false");
        assertThatThrownBy(() -> load("chat.web.theme.colour=#fff\n"))
                .hasMessageContaining("chat.web.theme.colour").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> load("chat.Web.theme.mode=dark\n")).hasMessageContaining("chat.Web.theme.mode");
        assertThatThrownBy(() -> load("permissions.visitor.react=false\n")).hasMessageContaining("permissions.visitor.react");
        assertThatThrownBy(() -> load("grants.app.visitor=react\n")).hasMessageContaining("app.visitor");
        assertThatThrownBy(() -> load("grants.group.owner=fly\n")).hasMessageContaining("unknown grants fly");
        assertThatThrownBy(() -> load("grants.group=react\n")).hasMessageContaining("grants.<scope>.<role>");
        assertThatThrownBy(() -> load("permissions.user.fly=false\n")).hasMessageContaining("create-groups");
    }

    @Test
    void web_origins_and_the_public_url_are_checked() throws Exception {
        ParleyConfig config = load("web.frame-origins=https://App.example.com, http://localhost:3000\n"
                + "web.public-url=https://chat.example.com/\n");
        assertThat(config.web().frameOrigins()).containsExactly("https://app.example.com", "http://localhost:3000");
        assertThat(config.web().allowedOrigins()).isEqualTo(config.web().frameOrigins());
        assertThat(config.web().publicUrl()).isEqualTo("https://chat.example.com");

        assertThatThrownBy(() -> load("web.frame-origins=https://app.example.com/path\n"))
                .hasMessageContaining("web.frame-origins").hasMessageContaining("no path");
        assertThatThrownBy(() -> load("web.frame-origins=*\n")).hasMessageContaining("web.frame-origins");
        assertThatThrownBy(() -> load("web.public-url=chat.example.com\n")).hasMessageContaining("web.public-url");
        assertThatThrownBy(() -> load("auth.trusted-header.user-id=bad header\n"))
                .hasMessageContaining("auth.trusted-header.user-id");
        assertThat(load("web.allowed-origins=*\n").web().allowedOrigins()).containsExactly("*");
    }
}
