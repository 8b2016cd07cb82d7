package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slow mode in the web UI: the owner sets it from the room menu, a member's composer says so, and
 * a second message within the interval is not sent, with how long to wait.
 */
class SlowModeUiIT {
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

    @Test
    void the_owner_turns_slow_mode_on_and_a_member_is_told_to_wait_after_one_message() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Calm", ana);

        Page ownerPage = app(owner);
        open(ownerPage, "Calm");
        ownerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Room actions")).click();
        ownerPage.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Slow mode…")).click();
        Locator dialog = ownerPage.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Slow mode"));
        dialog.getByRole(AriaRole.COMBOBOX).selectOption("60");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(dialog).isHidden();
        assertThat(ownerPage.getByTestId("slow-mode")).hasCount(0);

        Page member = app(ana);
        open(member, "Calm");
        assertThat(member.getByTestId("slow-mode")).hasText("Slow mode: one message per 1 minute");
        Locator composer = member.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
        composer.fill("first");
        composer.press("Enter");
        assertThat(member.locator("[data-testid=message]").filter(new Locator.FilterOptions().setHasText("first")))
                .isVisible();
        composer.fill("second");
        composer.press("Enter");
        assertThat(member.getByTestId("slow-mode")).hasText(Pattern.compile("Slow mode: wait \\d+ s"));
        assertThat(member.getByTestId("pending-message")).containsText("Not sent: Slow mode: wait");
        assertThat(owner.api().allMessages(room)).hasSize(1);
    }
}
