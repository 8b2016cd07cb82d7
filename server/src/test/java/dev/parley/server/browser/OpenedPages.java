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
        BrowserContext context = chromium.signedIn(node.token(user.id()));
        contexts.add(context);
        return chromium.open(context, node.url() + "/");
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
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "browser",
                            test.getRequiredTestMethod().getName() + "-" + page.hashCode() + ".png")));
                } catch (RuntimeException ignored) {
                    // a closed page has nothing to show
                }
            }
            context.close();
        }
        contexts.clear();
    }
}
