package dev.parley.server.browser;

import static dev.parley.server.browser.AppLocators.button;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.webhooks.TestReceiver;
import dev.parley.server.webhooks.WebhookSigner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin panel's webhooks page against real loopback receivers: an admin subscribes (the
 * secret shown once, and it is the one deliveries are signed with), sees the delivery log,
 * retries a failing receiver's dead letter, edits, rotates and deletes a subscription.
 */
class AdminWebhooksUiIT {
    /** Loopback receivers allowed; a 4xx answer makes a dead letter at once. */
    @RegisterExtension
    @Order(1)
    static final TestNode node = TestNode.onH2(config -> config.withWebhooks(new ParleyConfig.Webhooks(true,
            List.of(Duration.ofSeconds(30)), Duration.ofSeconds(3))));

    @RegisterExtension
    @Order(2)
    static final Chromium chromium = new Chromium();

    @RegisterExtension
    @Order(3)
    final OpenedPages pages = new OpenedPages(chromium);

    private TestReceiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new TestReceiver();
    }

    @AfterEach
    void removeWebhooks() {
        for (JsonNode webhook : node.server().get("/v1/webhooks").json().get("items")) {
            node.server().delete("/v1/webhooks/" + webhook.get("id").asText());
        }
        receiver.close();
    }

    private Page openPanel(TestNode.User admin, String hash) {
        BrowserContext context = chromium.signedInForAudit(node.token(admin.id()));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        pages.track(context);
        return chromium.open(context, node.url() + "/admin" + hash);
    }

    private static Locator dialog(Page page) {
        return page.getByRole(AriaRole.DIALOG);
    }

    private List<TestReceiver.Received> messagesReceived() {
        return receiver.received().stream().filter(r -> r.body().contains("\"type\":\"message.new\"")).toList();
    }

    @Test
    void an_admin_subscribes_sees_the_secret_once_and_the_delivery_signed_with_it_in_the_log() throws Exception {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        Page page = openPanel(admin, "#/webhooks");

        button(page.locator("main"), "New webhook").click();
        dialog(page).getByLabel("Receiver URL (https://…)").fill(receiver.url());
        dialog(page).getByLabel("All events (*), today's and future ones").uncheck();
        dialog(page).getByLabel("message.new", new Locator.GetByLabelOptions().setExact(true)).check();
        button(dialog(page), "Create webhook").click();

        Locator secretField = dialog(page).getByLabel("Secret", new Locator.GetByLabelOptions().setExact(true));
        assertThat(secretField).hasValue(Pattern.compile("^whsec_"));
        String secret = secretField.inputValue();
        button(dialog(page), "Copy").click();
        assertThat(dialog(page).getByText("Copied.")).isVisible();
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(secret);
        List<String> serious = new ArrayList<>(AccessibilityIT.seriousViolations(page, "admin webhook secret"));
        button(dialog(page), "Done").click();

        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(receiver.url()));
        assertThat(row).containsText("message.new");
        assertThat(row).containsText("Active");
        assertThat(page.getByText(Pattern.compile("^The webhook to .+ was created\\.$"))).isVisible();
        serious.addAll(AccessibilityIT.seriousViolations(page, "admin #/webhooks"));
        page.reload();
        assertThat(row).isVisible();
        assertThat(page.getByText(secret)).hasCount(0);
        assertThat(node.server().get("/v1/webhooks").body()).doesNotContain(secret);

        String room = ana.createRoom("group", "Hooked from the panel");
        ana.send(room, "hello, receiver");
        await().atMost(Duration.ofSeconds(15)).until(() -> !messagesReceived().isEmpty());
        var delivery = messagesReceived().getFirst();
        assertThat(delivery.signature()).isEqualTo(WebhookSigner.standardSignature(List.of(secret), delivery.id(),
                Long.parseLong(delivery.timestamp()), delivery.body()));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deliveries of " + receiver.url())).click();
        Locator logged = page.locator("[data-delivery-id='" + delivery.id() + "']");
        assertThat(logged).containsText("message.new");
        assertThat(logged).containsText("delivered");
        assertThat(logged).containsText("HTTP 204");
        assertThat(button(logged, "Retry")).hasCount(0);
        serious.addAll(AccessibilityIT.seriousViolations(page, "admin webhook deliveries"));
        assertThat(serious).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void a_failing_receivers_dead_letter_shows_in_the_log_and_retry_sends_it_again() {
        var admin = node.newUser("admin", "admin");
        var ana = node.newUser("ana");
        receiver.answer(400);
        var webhook = admin.api().post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("message.new")));
        assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);
        String webhookId = webhook.json().get("id").asText();
        ana.send(ana.createRoom("group", "Refused"), "nobody takes this");
        await().atMost(Duration.ofSeconds(15)).until(() -> node.server()
                .get("/v1/webhooks/" + webhookId + "/deliveries?status=dead").json().get("items").size() == 1);
        String deliveryId = messagesReceived().getFirst().id();

        Page page = openPanel(admin, "#/webhooks/" + webhookId);
        page.getByLabel("Status").selectOption("dead");
        button(page.locator("main"), "Search").click();
        Locator dead = page.locator("[data-delivery-id='" + deliveryId + "']");
        assertThat(dead).containsText("dead");
        assertThat(dead).containsText("HTTP 400");
        receiver.answer(204);
        button(dead, "Retry").click();

        assertThat(page.getByText("The delivery " + deliveryId + " is sent again now.")).isVisible();
        assertThat(dead).hasCount(0);
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesReceived().size() == 2);
        assertThat(messagesReceived()).extracting(TestReceiver.Received::id).containsOnly(deliveryId);
        page.getByLabel("Status").selectOption("delivered");
        button(page.locator("main"), "Search").click();
        assertThat(page.locator("[data-delivery-id='" + deliveryId + "']")).containsText("delivered");
    }

    @Test
    void an_admin_pauses_a_webhook_rotates_its_secret_and_deletes_it_and_a_refused_url_says_why() {
        var admin = node.newUser("admin", "admin");
        var created = admin.api().post("/v1/webhooks", Map.of("url", receiver.url(), "events", List.of("*")));
        String oldSecret = created.json().get("secret").asText();
        Page page = openPanel(admin, "#/webhooks");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(receiver.url()));

        button(row, "Edit").click();
        dialog(page).getByLabel("Active (deliver events)").uncheck();
        button(dialog(page), "Save").click();
        assertThat(row).containsText("Paused");
        assertThat(node.server().get("/v1/webhooks").json().at("/items/0/active").asBoolean()).isFalse();

        button(row, "Rotate secret").click();
        button(dialog(page), "Rotate secret").click();
        assertThat(dialog(page).getByText(Pattern.compile("for 24 hours"))).isVisible();
        String newSecret = dialog(page).getByLabel("Secret", new Locator.GetByLabelOptions().setExact(true))
                .inputValue();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        button(dialog(page), "Done").click();

        button(row, "Delete").click();
        button(dialog(page), "Delete").click();
        assertThat(row).hasCount(0);
        assertThat(node.server().get("/v1/webhooks").json().get("items")).isEmpty();
        assertThat(admin.api().get("/v1/admin/audit?actorId=" + admin.id()).json().get("items"))
                .extracting(entry -> entry.get("action").asText())
                .containsExactly("webhook.delete", "webhook.rotate_secret", "webhook.update", "webhook.create");

        button(page.locator("main"), "New webhook").click();
        dialog(page).getByLabel("Receiver URL (https://…)").fill("https://10.1.2.3/hook");
        button(dialog(page), "Create webhook").click();
        assertThat(dialog(page).getByRole(AriaRole.ALERT)).containsText("10.1.2.3");
        assertThat(node.server().get("/v1/webhooks").json().get("items")).isEmpty();
    }
}
