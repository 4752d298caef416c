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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.identity.Role;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.Chromium;

/**
 * In Chromium, with no JavaScript needed: a new officer sees the reminder, reads what changed in the
 * protocol in force and records reading it; governance records a training completion for them, and
 * the officer sees the course up to date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdoptionJourneyTest {

    static Chromium chromium;

    @LocalServerPort int port;

    @Autowired Accounts accounts;

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
    void an_officer_reads_the_protocol_in_force_and_a_training_completion_recorded_for_them_shows_up_to_date() {
        String officer = accounts.person(Role.OFFICER).username();
        Page page = chromium.signIn(port, officer);
        assertThat(page.getByText("A new version of the safeguarding protocol is in force")).isVisible();
        page.getByRole(AriaRole.LINK, named("Read what changed")).click();
        assertThat(page.locator("h1")).containsText("What changed in version");
        screenshot(page, "protocol-reading");
        page.getByRole(AriaRole.BUTTON, named("I have read it")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("You have recorded reading protocol version");
        assertThat(page.locator("main")).containsText("You recorded reading this version on");
        assertThat(page.getByText("A new version of the safeguarding protocol is in force")).hasCount(0);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Page governance = chromium.signIn(port, "governance");
        governance.navigate("http://localhost:" + port + "/training");
        governance.getByLabel("Who completed it").selectOption(officer);
        governance.getByLabel("Course").selectOption("PROTOCOL");
        governance.locator("#completedDay").fill(Integer.toString(today.getDayOfMonth()));
        governance.locator("#completedMonth").fill(Integer.toString(today.getMonthValue()));
        governance.locator("#completedYear").fill(Integer.toString(today.getYear()));
        governance.getByRole(AriaRole.BUTTON, named("Record completion")).click();
        assertThat(governance.locator(".govuk-notification-banner--success")).containsText("Recorded: " + officer + " completed PROTOCOL");
        screenshot(governance, "training-overview");

        page.navigate("http://localhost:" + port + "/training/mine");
        assertThat(page.locator("h1")).hasText("Your training");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("The safeguarding protocol for migrant victims")))
                .containsText("Up to date");
        screenshot(page, "training-mine");
    }
}
