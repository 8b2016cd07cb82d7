package dev.parley.server.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the browser tests of the web app share in finding things on its pages. */
final class ChatPages {
    private ChatPages() {
    }

    /** A room of the room list, by (part of) its name. */
    static Locator room(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                .locator("[data-testid=room-item]").filter(new Locator.FilterOptions().setHasText(name));
    }
}
