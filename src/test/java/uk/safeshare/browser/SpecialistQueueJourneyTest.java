package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.support.Accounts;
import uk.safeshare.support.Chromium;
import uk.safeshare.support.TestData;

/**
 * In Chromium, with no JavaScript needed: a victim an officer recorded (status only doubted, needing an interpreter) is in the
 * team's specialist queue; a caseworker takes her, records the advice given and hands her back; the supervisor sees the queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SpecialistQueueJourneyTest {

    static Chromium chromium;

    @LocalServerPort int port;

    @Autowired Accounts accounts;
    @Autowired Identity identity;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;

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
    void a_caseworker_takes_a_victim_from_the_queue_records_the_advice_given_and_hands_her_back() {
        String family = "Journeyqueue";
        UUID person = identity.runAs("officer.a", () -> {
            UUID caseId = cases.openCase(TestData.aReport().build());
            return cases.addPerson(caseId, TestData.aVictim().named("Hawa", family).build());
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM specialist_queue_entry WHERE person_id = ?")
                .param(person).query(Long.class).single() == 1);
        String caseworker = accounts.person(Role.CASEWORKER).username();

        Page page = chromium.signIn(port, caseworker);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Specialist queue")).click();
        assertThat(page.locator("h1")).hasText("Specialist queue");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Hawa " + family));
        assertThat(row).containsText("Immigration status not known or only doubted");
        assertThat(row).containsText("Needs an interpreter");
        assertThat(row).containsText("Waiting");
        screenshot(page, "specialist-queue");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hawa " + family)).click();
        page.getByRole(AriaRole.BUTTON, named("Take this person")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("You have taken Hawa " + family);
        assertThat(page.locator("#holder")).containsText("Taken by you");

        // A mistake first: the error summary names what is missing, and nothing is recorded.
        page.getByRole(AriaRole.BUTTON, named("Record advice")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the advice you gave");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        page.getByLabel("Advice given").fill("Explained the destitute domestic violence concession; booked a regulated immigration adviser.");
        page.locator("#givenDay").fill(Integer.toString(today.getDayOfMonth()));
        page.locator("#givenMonth").fill(Integer.toString(today.getMonthValue()));
        page.locator("#givenYear").fill(Integer.toString(today.getYear()));
        page.getByRole(AriaRole.BUTTON, named("Record advice")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Advice to Hawa " + family + " recorded");
        assertThat(page.locator("#advice-recorded")).containsText("booked a regulated immigration adviser");
        screenshot(page, "specialist-queue-entry");

        page.getByRole(AriaRole.BUTTON, named("Hand back to the queue")).click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Hawa " + family + " is back in the queue");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Hawa " + family))).containsText("Waiting");

        Page supervisor = chromium.signIn(port, "sergeant");
        supervisor.navigate("http://localhost:" + port + "/specialist-queue");
        assertThat(supervisor.locator("tr", new Page.LocatorOptions().setHasText("Hawa " + family))).containsText("Waiting");
    }
}
