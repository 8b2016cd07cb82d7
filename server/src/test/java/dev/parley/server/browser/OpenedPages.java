package dev.parley.server.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.parley.server.TestNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The app pages a test opened, one browser context (person) each: screenshots into
 * {@code target/browser} after the test, then closed.
 */
final class OpenedPages implements AfterEachCallback {
    private final Chromium chromium;
    private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

    OpenedPages(Chromium chromium) {
        this.chromium = chromium;
    }

    /** The app signed in as {@code user}, at its start page. */
    Page app(TestNode node, TestNode.User user) {
        return at(node, user, "/");
    }

    /** A page of the node ({@code /admin}, {@code /}, …) signed in as {@code user}. */
    Page at(TestNode node, TestNode.User user, String path) {
        BrowserContext context = chromium.signedIn(node.token(user.id()));
        contexts.add(context);
        return chromium.open(context, node.url() + path);
    }

    /** A context the test made itself, screenshot and closed with the others. */
    BrowserContext track(BrowserContext context) {
        contexts.add(context);
        return context;
    }

    /** The app signed in as {@code user}, opened at a room, after running {@code initScripts} in every page. */
    Page app(TestNode node, TestNode.User user, String roomId, String... initScripts) {
        BrowserContext context = chromium.signedIn(node.token(user.id()));
        for (String script : initScripts) {
            context.addInitScript(script);
        }
        contexts.add(context);
        return chromium.open(context, node.url() + "/rooms/" + roomId);
    }

    @Override
    public void afterEach(ExtensionContext test) {
        Chromium.screenshotAndClose(contexts, test.getRequiredTestMethod().getName());
        contexts.clear();
    }
}
