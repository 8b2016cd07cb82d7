package dev.parley.server.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.TestInfo;

/** What the browser tests of the web app share: finding a room in the list, and closing pages with a screenshot. */
final class ChatPages {
    private ChatPages() {
    }

    /** A room of the room list, by (part of) its name. */
    static Locator room(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                .locator("[data-testid=room-item]").filter(new Locator.FilterOptions().setHasText(name));
    }

    /** Screenshots every page of {@code contexts} into {@code target/browser} (to see a failure), then closes them. */
    static void screenshotAndClose(List<BrowserContext> contexts, TestInfo test) {
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser",
                            test.getTestMethod().orElseThrow().getName() + "-" + page.hashCode() + ".png")));
                } catch (RuntimeException ignored) {
                    // a closed page has nothing to show
                }
            }
            context.close();
        }
    }
}
