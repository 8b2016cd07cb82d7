package dev.parley.server.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Where things are in the web app, by role and label as a person finds them. */
public final class AppLocators {
    private AppLocators() {
    }

    /** A room in the room list, by (part of) its name. */
    /** The button named exactly {@code name} within {@code scope}. */
    public static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    public static Locator room(Page page, String name) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Rooms"))
                .locator("[data-testid=room-item]").filter(new Locator.FilterOptions().setHasText(name));
    }

    /** The messages of the open room showing {@code text}. */
    public static Locator messages(Page page, String text) {
        return page.locator("[data-testid=message]").filter(new Locator.FilterOptions().setHasText(text));
    }

    public static Locator composer(Page page) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
    }
}
