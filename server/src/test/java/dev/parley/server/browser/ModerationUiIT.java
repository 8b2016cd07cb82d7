package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moderation in the web UI: a moderator is offered exactly what the server allows them (mute and
 * ban members, never the owner), a member none of it; a member muted while their app is open, or
 * in a room frozen meanwhile, gets no composer but is told why — and gets it back when lifted.
 */
class ModerationUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2();

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private Page app(TestNode.User user) {
        return pages.app(node, user);
    }

    private static void open(Page page, String roomName) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                .locator("[data-testid=room-item]").filter(new Locator.FilterOptions().setHasText(roomName)).click();
    }

    private static Locator member(Page page, String userId) {
        return page.locator("[data-testid=member][data-user-id='" + userId + "']");
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    @Test
    void a_moderator_sees_exactly_the_actions_the_server_allows_and_a_muted_member_cannot_post() {
        var owner = node.newUser("owner");
        var mod = node.newUser("mod");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Crew", mod, ana);
        owner.api().patch("/v1/rooms/" + room + "/members/" + mod.id(), Map.of("role", "moderator"));
        String anaName = ana.api().get("/v1/me").json().get("name").asText();

        Page moderator = app(mod);
        open(moderator, "Crew");
        moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Members")).click();
        assertThat(button(member(moderator, ana.id()), "Mute " + anaName)).isVisible();
        assertThat(button(member(moderator, ana.id()), "Ban " + anaName)).isVisible();
        // no action on the owner (the name itself only opens their card)
        assertThat(member(moderator, owner.id()).locator("button:not(.parley-person)")).hasCount(0);

        Page member = app(ana);
        open(member, "Crew");
        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Members")).click();
        assertThat(member.locator("[data-testid=member] button:not(.parley-person)")).hasCount(0);

        Locator composer = member.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
        assertThat(composer).isVisible();
        button(member(moderator, ana.id()), "Mute " + anaName).click();
        // The open app learns of the mute (member.muted) and offers no composer that would fail: it says why.
        assertThat(member.getByRole(AriaRole.STATUS).getByText("You are muted in this room")).isVisible();
        assertThat(composer).hasCount(0);
        assertThat(owner.api().allMessages(room)).isEmpty();

        assertThat(mod.api().delete("/v1/rooms/" + room + "/mutes/" + ana.id()).status()).isEqualTo(204);
        assertThat(composer).isVisible();
    }

    @Test
    void in_a_frozen_room_members_are_told_it_is_frozen_instead_of_a_composer_while_moderators_keep_theirs() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("channel", "Town hall", ana);
        var composerOptions = new Page.GetByRoleOptions().setName("Message");

        Page member = app(ana);
        open(member, "Town hall");
        Page moderator = app(owner);
        open(moderator, "Town hall");
        assertThat(member.getByRole(AriaRole.TEXTBOX, composerOptions)).isVisible();

        assertThat(owner.api().patch("/v1/rooms/" + room, Map.of("frozen", true)).status()).isEqualTo(200);
        assertThat(member.getByRole(AriaRole.STATUS).getByText("This room is frozen")).isVisible();
        assertThat(member.getByRole(AriaRole.TEXTBOX, composerOptions)).hasCount(0);
        assertThat(moderator.getByRole(AriaRole.TEXTBOX, composerOptions)).isVisible();

        assertThat(owner.api().patch("/v1/rooms/" + room, Map.of("frozen", false)).status()).isEqualTo(200);
        assertThat(member.getByRole(AriaRole.TEXTBOX, composerOptions)).isVisible();
    }

    @Test
    void a_member_muted_for_a_while_who_opens_the_app_is_told_until_when() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Quiet", ana);
        assertThat(owner.api().post("/v1/rooms/" + room + "/mutes",
                Map.of("userId", ana.id(), "durationSeconds", 3600)).status()).isEqualTo(201);

        Page member = app(ana);
        open(member, "Quiet");
        assertThat(member.getByRole(AriaRole.STATUS).getByText("You are muted in this room until")).isVisible();
        assertThat(member.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"))).hasCount(0);
    }
}
