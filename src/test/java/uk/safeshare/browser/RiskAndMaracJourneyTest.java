package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
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
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.risk.RiskQuestion;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;
import uk.safeshare.support.Chromium;
import uk.safeshare.support.TestData;

/**
 * In Chromium: an officer completes the risk checklist to high risk; the MARAC coordinator sees the
 * referral due, runs a meeting where one attendee has not accepted the confidentiality agreement and
 * cannot see the case until they do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskAndMaracJourneyTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort int port;
    @Autowired MaracFixture fixture;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page signIn(String username) {
        return chromium.signIn(port, username);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void a_high_risk_checklist_is_referred_and_heard_at_a_meeting_whose_case_is_hidden_until_the_agreement_is_accepted() {
        Victim victim = fixture.newVictim();

        Page officer = signIn("officer.a");
        officer.navigate("http://localhost:" + port + "/cases/" + victim.caseId() + "/people/" + victim.personId());
        officer.getByRole(AriaRole.LINK, named("Risk assessments")).click();
        officer.getByRole(AriaRole.BUTTON, named("Start a risk assessment")).click();
        for (RiskQuestion q : RiskQuestion.values()) {
            officer.locator("#answer-" + q.name() + "-" + (q.ordinal() < 14 ? "YES" : "NO")).check();
        }
        for (ImmigrationFactor f : ImmigrationFactor.values()) {
            officer.locator("#factor-" + f.name() + "-" + (f == ImmigrationFactor.NO_ACCESS_TO_OWN_DOCUMENTS ? "YES" : "NOT_KNOWN")).check();
        }
        officer.locator("#factorNote-NO_ACCESS_TO_OWN_DOCUMENTS").fill("Her husband keeps her passport");
        screenshot(officer, "risk-form");
        officer.getByRole(AriaRole.BUTTON, named("Complete the assessment")).click();
        assertThat(officer.locator(".govuk-panel__title")).hasText("High risk");
        assertThat(officer.locator("#immigration-factors + p + dl")).containsText("Her husband keeps her passport");
        assertThat(officer.getByText("This assessment meets the MARAC referral criteria:")).isVisible();
        screenshot(officer, "risk-result");

        Page coordinator = signIn("marac");
        coordinator.getByRole(AriaRole.LINK, named("MARAC").setExact(true)).first().click();
        assertThat(coordinator.locator("table").first()).containsText(victim.fullName());
        coordinator.getByRole(AriaRole.BUTTON, named("Schedule a meeting")).click();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        coordinator.getByLabel("Day").fill(Integer.toString(today.getDayOfMonth()));
        coordinator.getByLabel("Month").fill(Integer.toString(today.getMonthValue()));
        coordinator.getByLabel("Year").fill(Integer.toString(today.getYear()));
        coordinator.getByLabel("Area").fill("Eastfield");
        coordinator.getByLabel("Chair").fill("DI Grace Mensah");
        coordinator.getByRole(AriaRole.BUTTON, named("Schedule the meeting")).click();
        String meeting = coordinator.url();
        coordinator.getByRole(AriaRole.BUTTON, named("Add an attendee")).click();
        coordinator.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Fatima Begum");
        coordinator.getByLabel("Agency").selectOption("SPECIALIST_SUPPORT");
        coordinator.getByLabel("Their SafeShare account (optional)").selectOption("partner.harbour");
        coordinator.getByRole(AriaRole.BUTTON, named("Add the attendee")).click();
        coordinator.getByRole(AriaRole.BUTTON, named("Add an attendee")).click();
        coordinator.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Dana Whitfield");
        coordinator.getByLabel("Agency").selectOption("HOUSING");
        coordinator.getByRole(AriaRole.BUTTON, named("Add the attendee")).click();
        String referral = coordinator.locator("#referralId option")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(victim.fullName())).getAttribute("value");
        coordinator.getByLabel("Add a referral from the queue to the agenda").selectOption(referral);
        coordinator.getByRole(AriaRole.BUTTON, named("Add to the agenda")).click();
        coordinator.getByRole(AriaRole.BUTTON, named("I accept the confidentiality agreement")).click();
        assertThat(coordinator.locator("#withheld")).containsText("2 attendees have not accepted the confidentiality agreement (Fatima Begum, Dana Whitfield)");
        assertThat(coordinator.locator("main")).not().containsText(victim.fullName());
        screenshot(coordinator, "marac-meeting-waiting");

        Page partner = signIn("partner.harbour");
        partner.getByRole(AriaRole.LINK, named("MARAC meetings").setExact(true)).first().click();
        partner.locator("a[href='" + meeting.substring(meeting.indexOf("/marac")) + "']").click();
        assertThat(partner.locator("#withheld")).containsText("You have not accepted this meeting’s confidentiality agreement");
        assertThat(partner.locator("main")).not().containsText(victim.fullName());
        screenshot(partner, "marac-partner-before");
        partner.getByRole(AriaRole.BUTTON, named("I accept the confidentiality agreement")).click();
        // Accepted, but the firewall shares nothing into the meeting until every attendee has.
        assertThat(partner.locator("#withheld")).containsText("Not every attendee of this MARAC meeting has accepted");
        assertThat(partner.locator("main")).not().containsText(victim.fullName());

        coordinator.getByRole(AriaRole.BUTTON, named("Record acceptance for Dana Whitfield")).click();
        coordinator.getByRole(AriaRole.BUTTON, named("Share the cases with the meeting")).click();
        assertThat(coordinator.locator(".govuk-summary-card")).containsText(victim.fullName());
        screenshot(coordinator, "marac-meeting");
        partner.reload();
        assertThat(partner.locator(".govuk-summary-card")).containsText(victim.fullName());
        assertThat(partner.locator(".govuk-summary-card")).containsText("Documents kept from the victim");
        screenshot(partner, "marac-partner-after");
    }
}
