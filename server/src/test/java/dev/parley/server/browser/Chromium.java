package dev.parley.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Debian Chromium ({@code /usr/bin/chromium}, installed by scripts/services.sh)
 * driven by Playwright, as a JUnit extension. Each test user gets a browser context of its own
 * (separate storage, cookies and sockets).
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {
    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** Chromium's stand-ins for a camera and microphone, granted without asking (call tests). */
    static final List<String> FAKE_MEDIA = List.of("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");

    private final List<String> extraArgs;
    private Playwright playwright;
    private Browser browser;

    public Chromium() {
        this(List.of());
    }

    /** A Chromium started with more switches (a fake microphone, say). */
    public Chromium(List<String> extraArgs) {
        this.extraArgs = List.copyOf(extraArgs);
    }

    /** A Chromium with a fake camera and microphone that every page may use without a prompt. */
    public static Chromium withFakeMedia() {
        return new Chromium(FAKE_MEDIA);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: run scripts/services.sh (it installs Debian's chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(java.util.stream.Stream.concat(ARGS.stream(), extraArgs.stream()).toList()));
    }

    /** A fresh context (a separate person's browser) with a laptop-sized window. */
    public BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    public BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** A context whose app is signed in with {@code token}, as the sign-in page would leave it. */
    public BrowserContext signedIn(String token) {
        return signedIn(newContext(), token);
    }

    /** A signed-in context whose pages' CSP is bypassed, so axe-core can be injected into them. */
    public BrowserContext signedInForAudit(String token) {
        return signedIn(newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setBypassCSP(true)),
                token);
    }

    private static BrowserContext signedIn(BrowserContext context, String token) {
        context.addInitScript("try { window.localStorage.setItem('parley.token', " + jsString(token) + "); } catch (e) {}");
        return context;
    }

    public Page open(BrowserContext context, String url) {
        Page page = context.newPage();
        page.navigate(url);
        return page;
    }

    /** Saves a screenshot of every page under target/browser (named after the test), then closes the contexts. */
    static void screenshotAndClose(List<BrowserContext> contexts, org.junit.jupiter.api.TestInfo test) {
        screenshotAndClose(contexts, test.getTestMethod().orElseThrow().getName());
    }

    /** Screenshots every page of {@code contexts} into {@code target/browser}, then closes them. */
    static void screenshotAndClose(List<BrowserContext> contexts, String testName) {
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                try {
                    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser",
                            testName + "-" + page.hashCode() + ".png")));
                } catch (RuntimeException ignored) {
                    // a closed page has nothing to show
                }
            }
            context.close();
        }
    }

    static String jsString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
