package dev.parley.server.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.webhook.WebhookEvents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin panel's events picker offers exactly the event types a subscription may name. */
class WebhookEventsPickerTest {
    private static final Path PICKER = Path.of("../web/src/admin/pages/WebhookDialogs.tsx");

    @Test
    void the_panel_offers_every_webhook_event_type_and_no_other() throws IOException {
        String source = Files.readString(PICKER);
        int start = source.indexOf("export const WEBHOOK_EVENTS = [");
        assertThat(start).as("WEBHOOK_EVENTS in " + PICKER).isNotNegative();
        String list = source.substring(start, source.indexOf("] as const", start));
        List<String> offered = new ArrayList<>();
        Pattern.compile("\"([^\"]+)\"").matcher(list).results().forEach(match -> offered.add(match.group(1)));

        assertThat(offered).containsExactlyInAnyOrderElementsOf(WebhookEvents.TYPES);
    }
}
