package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web UI on a server with explicit joins ({@code rooms.explicit-joins=true}): the invitee
 * sees the invitation live and accepts or declines it; the inviter sees "invited" in the member
 * list until then.
 */
class InvitationsUiIT {
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withRooms(new ParleyConfig.Rooms(true)));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private Page app(TestNode.User user) {
        return pages.app(node, user);
    }

    private static Locator room(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                .locator("[data-testid=room-item]").filter(new Locator.FilterOptions().setHasText(name));
    }

    private static Locator invitation(Page page, String roomName) {
        return page.locator("[data-testid=invitation]").filter(new Locator.FilterOptions().setHasText(roomName));
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void an_invitee_accepts_live_and_the_inviter_sees_them_invited_until_then() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        Page ana = app(alice);
        Page bo = app(bob);
        assertThat(room(bo, "Book club")).hasCount(0);

        ana.getByRole(AriaRole.BUTTON, named("New group")).click();
        ana.getByLabel("Group name").fill("Book club");
        ana.getByLabel("Member user IDs").fill(bob.id());
        ana.getByRole(AriaRole.BUTTON, named("Create group")).click();
        room(ana, "Book club").click();
        ana.getByRole(AriaRole.BUTTON, named("Members")).click();
        Locator invited = ana.locator("[data-testid=invited]");
        assertThat(invited).hasCount(1);
        assertThat(invited).hasAttribute("data-user-id", bob.id());
        assertThat(invited).containsText("invited");

        Locator offer = invitation(bo, "Book club");
        assertThat(offer).isVisible();
        assertThat(room(bo, "Book club")).hasCount(0);
        offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept the invitation to Book club"))
                .click();

        assertThat(room(bo, "Book club")).isVisible();
        assertThat(invitation(bo, "Book club")).hasCount(0);
        assertThat(ana.locator("[data-testid=invited]")).hasCount(0);
        assertThat(ana.locator("[data-testid=member][data-user-id='" + bob.id() + "']")).hasCount(1);
        Locator composer = bo.getByRole(AriaRole.TEXTBOX, named("Message"));
        composer.fill("Thanks for the invite");
        composer.press("Enter");
        assertThat(ana.locator("[data-testid=message]").filter(new Locator.FilterOptions()
                .setHasText("Thanks for the invite"))).hasCount(1);
    }

    @Test
    void an_invitee_declines_and_the_room_stays_out_of_their_list() {
        var alice = node.newUser("alice");
        var bob = node.newUser("bob");
        Page bo = app(bob);
        alice.createRoom("group", "Survey", bob);

        Locator offer = invitation(bo, "Survey");
        assertThat(offer).containsText("invited you to Survey");
        offer.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decline the invitation to Survey"))
                .click();

        assertThat(invitation(bo, "Survey")).hasCount(0);
        assertThat(room(bo, "Survey")).hasCount(0);
        bo.reload();
        assertThat(bo.getByRole(AriaRole.NAVIGATION, named("Rooms"))).isVisible();
        assertThat(invitation(bo, "Survey")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(bob.api().get("/v1/invitations").json().get("items")).isEmpty();
    }
}
