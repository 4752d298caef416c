package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.support.Chromium;

/**
 * In Chromium, with no JavaScript needed: governance records an update on a tracker action, marks
 * it done, and generates the progress report, which is frozen with its SHA-256 and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GovernanceJourneyTest {

    static Chromium chromium;

    @LocalServerPort int port;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void an_update_on_the_tracker_appears_in_the_progress_report_generated_after_it() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Page page = chromium.signIn(port, "governance");
        page.getByRole(AriaRole.LINK, named("Recommendations tracker")).click();
        assertThat(page.locator("h1")).hasText("“Safe to share?” recommendations tracker");
        screenshot(page, "governance-tracker");
        page.getByRole(AriaRole.LINK, named("Recommendation 8: Report progress within six months")).click();
        page.getByRole(AriaRole.LINK, named("Send the six-month update to HMICFRS")).click();

        page.locator("#onDay").fill(Integer.toString(today.getDayOfMonth()));
        page.locator("#onMonth").fill(Integer.toString(today.getMonthValue()));
        page.locator("#onYear").fill(Integer.toString(today.getYear()));
        page.getByLabel("What happened").fill("Update signed off by the ACC and sent to the inspectorate");
        page.locator("#update-status").selectOption("DONE");
        page.getByRole(AriaRole.BUTTON, named("Add the update")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The update is added");
        assertThat(page.locator("main")).containsText("Update signed off by the ACC and sent to the inspectorate");

        page.navigate("http://localhost:" + port + "/governance/reports");
        page.getByLabel("Title").fill("Six-month update to HMICFRS (journey)");
        page.getByRole(AriaRole.BUTTON, named("Generate and freeze the report")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The report is generated and frozen");
        assertThat(page.locator("h1")).hasText("Six-month update to HMICFRS (journey)");
        assertThat(page.locator("main")).containsText("Update signed off by the ACC and sent to the inspectorate");
        assertThat(page.locator("main code").first()).hasText(java.util.regex.Pattern.compile("^[0-9a-f]{64}$"));
        screenshot(page, "governance-report");
    }
}
