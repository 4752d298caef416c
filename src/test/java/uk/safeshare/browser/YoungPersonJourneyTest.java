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
 * In Chromium: an officer puts a young person on the tracker, records that they went missing from care,
 * their return and return interview, then the multi-agency review that sets the next one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class YoungPersonJourneyTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
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
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void from_a_missing_episode_to_a_multi_agency_review() {
        Page officer = chromium.signIn(port, "officer.a");
        officer.getByRole(AriaRole.LINK, named("Young people at risk")).first().click();
        officer.getByRole(AriaRole.BUTTON, named("Add a young person")).click();
        officer.locator("#new-givenName").fill("Tyler");
        officer.locator("#new-familyName").fill("Marsh");
        officer.locator("#new-dateOfBirth").fill(TODAY.minusYears(14).toString());
        officer.locator("#new-leadAgency").selectOption("CHILDRENS_SERVICES");
        officer.locator("#new-riskLevel").selectOption("MEDIUM");
        officer.locator("#new-riskReason").fill("Regularly missing overnight; new older friends");
        officer.locator("#new-nextReviewOn").fill(TODAY.plusDays(2).toString());
        officer.getByRole(AriaRole.BUTTON, named("Add to the tracker")).click();
        assertThat(officer.locator("h1")).hasText("Tyler Marsh");

        officer.getByText("Record a missing episode").click();
        officer.locator("#episode-fromCare").check();
        officer.locator("#episode-wentMissingAt").fill(TODAY.minusDays(2) + "T22:15");
        officer.locator("#episode-notes").fill("Left the children's home after an argument");
        officer.getByRole(AriaRole.BUTTON, named("Record the missing episode")).click();
        assertThat(officer.locator("#missing-episodes")).containsText("Still missing");
        screenshot(officer, "young-person-missing");

        officer.getByText("Record the return").first().click();
        officer.locator("[id^='return-'][id$='-returnedAt']").fill(TODAY.minusDays(1) + "T08:00");
        officer.locator("[id^='return-'][id$='-returnInterviewOn']").fill(TODAY.toString());
        officer.locator("[id^='return-'][id$='-returnInterviewBy']").fill("Young Person Early Intervention Officer");
        officer.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(officer.locator("#missing-episodes")).containsText("Young Person Early Intervention Officer");
        assertThat(officer.locator("#missing-episodes")).not().containsText("Still missing");

        officer.getByText("Record a multi-agency review").click();
        officer.locator("#review-heldOn").fill(TODAY.toString());
        officer.locator("#review-agencies").fill("Police; children's services; school");
        officer.locator("#review-outcome").fill("Return interview showed contact with an older group; safety plan agreed");
        officer.locator("#review-nextReviewOn").fill(TODAY.plusDays(28).toString());
        officer.getByRole(AriaRole.BUTTON, named("Record the review")).click();
        assertThat(officer.locator(".govuk-notification-banner--success")).containsText("Multi-agency review recorded");
        assertThat(officer.locator(".govuk-summary-card")).containsText("safety plan agreed");
        screenshot(officer, "young-person-review");

        officer.getByRole(AriaRole.LINK, named("Back to the team’s young people")).click();
        assertThat(officer.locator("table")).containsText("Tyler Marsh");
    }
}
