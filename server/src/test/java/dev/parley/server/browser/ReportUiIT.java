package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reporting in the web UI: "Report" on someone else's message asks for a reason and puts the
 * message in the admins' queue; a second report of the same message is refused in plain words;
 * one's own messages offer no Report.
 */
class ReportUiIT {
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

    private static Locator message(Page page, String messageId) {
        return page.locator("[data-testid=message][data-message-id='" + messageId + "']");
    }

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    @Test
    void a_member_reports_a_message_with_a_reason_and_it_reaches_the_admins_queue() {
        var owner = node.newUser("owner");
        var ana = node.newUser("ana");
        String room = owner.createRoom("group", "Crew", ana);
        String theirs = owner.send(room, "buy cheap watches").get("id").asText();
        String mine = ana.send(room, "hello all").get("id").asText();

        Page page = app(ana);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                .locator("[data-testid=room-item]").filter(new Locator.FilterOptions().setHasText("Crew")).click();
        message(page, mine).hover();
        assertThat(button(message(page, mine), "Report")).hasCount(0);

        message(page, theirs).hover();
        button(message(page, theirs), "Report").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Report this message"));
        assertThat(dialog).isVisible();
        dialog.getByRole(AriaRole.TEXTBOX).fill("spam link");
        button(dialog, "Report").click();
        assertThat(page.getByTestId("report-notice")).hasText("Thanks. The message was reported to the admins.");
        assertThat(dialog).isHidden();

        JsonNode queue = node.server().get("/v1/admin/flags?limit=200").json().get("items");
        JsonNode flag = null;
        for (JsonNode item : queue) {
            if (item.get("messageId").asText().equals(theirs)) {
                flag = item;
            }
        }
        assertThat(flag).as("the report in the queue").isNotNull();
        assertThat(flag.get("reason").asText()).isEqualTo("spam link");
        assertThat(flag.get("reporterId").asText()).isEqualTo(ana.id());

        message(page, theirs).hover();
        button(message(page, theirs), "Report").click();
        dialog.getByRole(AriaRole.TEXTBOX).fill("again");
        button(dialog, "Report").click();
        assertThat(dialog.getByRole(AriaRole.ALERT)).hasText("You reported this message already.");
    }
}
