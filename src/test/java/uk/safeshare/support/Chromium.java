package uk.safeshare.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. Skipped on a developer machine
 * without Chromium; required in CI, which installs it.
 */
public final class Chromium implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Path chromium = Path.of(System.getenv().getOrDefault("SAFESHARE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            Assumptions.assumeFalse(System.getenv("CI") == null, "Chromium not installed: apt-get install -y chromium");
            throw new IllegalStateException("Chromium is required in CI at " + chromium);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** A new browser context signed in as the demo user. */
    public Page signIn(int port, String username) {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
