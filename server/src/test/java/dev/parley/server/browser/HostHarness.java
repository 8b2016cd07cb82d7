package dev.parley.server.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.parley.server.TestNode;
import dev.parley.server.config.ParleyConfig;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A host application's site on its own origin, a Parley node that lets that origin frame it
 * and call it, and Chromium — one extension for the tests of embedding modes
 * ({@code @RegisterExtension static final HostHarness harness = new HostHarness();}).
 */
final class HostHarness implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    final FixtureSite site = new FixtureSite();
    final TestNode node = TestNode.onH2(config -> config.withWeb(new ParleyConfig.Web("",
            List.of(site.origin()), List.of(site.origin()), config.web().clients())));
    private final Chromium chromium = new Chromium();
    private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        node.beforeAll(context);
        chromium.beforeAll(context);
    }

    /** Opens {@code url} in a fresh browser context (closed after the test). */
    Page open(String url) {
        BrowserContext context = chromium.newContext();
        contexts.add(context);
        return chromium.open(context, url);
    }

    /** The messages in {@code scope} that contain {@code text}. */
    static Locator message(Locator scope, String text) {
        return scope.locator("[data-testid=message]").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (BrowserContext browser : contexts) {
            if (context.getExecutionException().isPresent()) {
                for (Page page : browser.pages()) {
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of("target",
                            "browser", context.getRequiredTestMethod().getName() + "-" + page.hashCode() + ".png")));
                }
            }
            browser.close();
        }
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            chromium.afterAll(context);
            node.afterAll(context);
        } finally {
            site.close();
        }
    }
}
