package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.support.Chromium;
import uk.safeshare.support.TestData;

/**
 * A real browser (Debian's Chromium, driven by Playwright) against the running service: an officer
 * signs in, creates a case, adds a victim, sees it in the list; the auditor sees the consultation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BrowserJourneyTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort int port;

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

    @Test
    void an_officer_records_a_victim_and_the_auditor_sees_the_consultation() {
        Page officer = signIn("officer.a");
        assertThat(officer.locator("h1")).containsText("Welcome");

        officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My team’s cases").setExact(true)).first().click();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a case")).click();
        officer.getByLabel("Domestic abuse").check();
        officer.getByLabel("Day").fill("14");
        officer.getByLabel("Month").fill("11");
        officer.getByLabel("Year").fill("2026");
        officer.getByLabel("Area").fill("Browser Heights");
        officer.getByLabel("Summary").fill("Reported at the front counter with a support worker.");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create case")).click();
        assertThat(officer.locator(".govuk-notification-banner")).containsText("Case opened");
        String caseUrl = officer.url();

        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")).click();
        officer.getByLabel("Victim", new Page.GetByLabelOptions().setExact(true)).check();
        officer.getByLabel("Given name").fill("Noor");
        officer.getByLabel("Family name").fill("Rahimi");
        officer.getByLabel("Concerns or doubts only").check();
        officer.getByLabel("Nationality (optional)").selectOption("AF");
        officer.getByLabel("Text message").check();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
        assertThat(officer.locator("table")).containsText("Noor Rahimi");
        assertThat(officer.locator("table")).containsText("Concerns or doubts only");
        // Kept for people reviewing the pages by eye (target/screenshots).
        officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/case.png")).setFullPage(true));
        officer.getByText("Noor Rahimi").click();
        assertThat(officer.locator("h1")).hasText("Noor Rahimi");
        assertThat(officer.locator(".govuk-summary-list")).containsText("Afghanistan");
        officer.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/person.png")).setFullPage(true));

        officer.navigate("http://localhost:" + port + "/cases");
        assertThat(officer.locator("table")).containsText("Browser Heights");

        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        Page auditor = signIn("auditor");
        auditor.navigate("http://localhost:" + port + "/audit?caseId=" + caseId + "&action=CONSULTATION&actor=officer.a");
        assertThat(auditor.locator("table")).containsText("viewed case");
        assertThat(auditor.locator("table")).containsText("officer.a");
        auditor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the whole log")).click();
        assertThat(auditor.locator("h1")).containsText("The audit log verifies");
        org.assertj.core.api.Assertions.assertThat(auditor.title()).contains("SafeShare");
    }

    @Test
    void the_pages_work_without_javascript() {
        Page page = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)).newPage();
        page.navigate("http://localhost:" + port + "/sign-in");
        page.getByLabel("Username").fill("officer.a");
        page.getByLabel("Password").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.navigate("http://localhost:" + port + "/cases/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create case")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one crime type");
    }

    private void check(Page page, String name, String value) {
        page.locator("input[name=" + name + "][value='" + value + "']").check();
    }

    @Test
    void the_whole_safe_reporting_pathway_from_report_to_referral_to_notice() {
        String base = "http://localhost:" + port;
        Page officer = signIn("officer.a");
        officer.navigate(base + "/cases/new");
        officer.getByLabel("Domestic abuse").check();
        officer.getByLabel("Day").fill("2");
        officer.getByLabel("Month").fill("11");
        officer.getByLabel("Year").fill("2026");
        officer.getByLabel("Area").fill("Pathway Lane");
        officer.getByLabel("Summary").fill("Victim disclosed abuse at a community drop-in.");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create case")).click();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a person")).click();
        officer.getByLabel("Victim", new Page.GetByLabelOptions().setExact(true)).check();
        officer.getByLabel("Given name").fill("Samira");
        officer.getByLabel("Family name").fill("Osman");
        officer.getByLabel("Concerns or doubts only").check();
        officer.getByLabel("Text message").check();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
        officer.getByText("Samira Osman").click();
        String personUrl = officer.url();

        // An immigration request about a domestic abuse victim with only doubts: prohibited, and support offered instead.
        officer.getByText("Ask to share information").click();
        check(officer, "organisationId", uk.safeshare.support.Registered.IMMIGRATION_ENFORCEMENT);
        check(officer, "purpose", "INVESTIGATION");
        check(officer, "pathwayStage", "INITIAL_REPORT");
        check(officer, "dataCategories", "IDENTITY");
        check(officer, "lawfulBasis", "LAW_ENFORCEMENT_NECESSITY");
        officer.getByLabel("Why does this information need to be shared?").fill("Officer wants to know if she may stay in the country.");
        check(officer, "consent", "NOT_ASKED");
        check(officer, "suspectedOfOtherOffence", "no");
        check(officer, "threatToLife", "no");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Get a decision")).click();
        assertThat(officer.locator("main")).containsText("prohibited");
        assertThat(officer.locator("main")).containsText("Harbour Migrant Women");

        // A consented referral instead.
        officer.navigate(personUrl);
        officer.getByText("Refer to a specialist organisation").click();
        officer.getByLabel("Migrant or BAME-led support").check();
        officer.locator("#supportServiceId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Harbour Migrant Women's Project"));
        officer.getByLabel("Who gave consent").fill("Samira Osman herself");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        officer.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        officer.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        officer.getByLabel("Year").fill(String.valueOf(today.getYear()));
        officer.getByLabel("In person").check();
        officer.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).check();
        officer.getByLabel("Safe contact method and details").check();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send referral")).click();
        assertThat(officer.locator(".govuk-notification-banner")).containsText("Referral sent");
        String reference = officer.locator("h1 span").textContent();

        // The partner sees it, accepts it and closes it.
        Page partner = signIn("partner.harbour");
        partner.navigate(base + "/partner/referrals");
        partner.getByText(reference).click();
        assertThat(partner.locator(".govuk-summary-list").last()).containsText("Samira Osman");
        assertThat(partner.locator(".govuk-summary-list").last()).not().containsText("Concerns or doubts");
        partner.getByLabel("Accept").check();
        partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save update")).click();
        // Wait for the page after the update, so that the next answer is not given on the page being left.
        assertThat(partner.locator(".govuk-notification-banner")).containsText("Referral updated");
        partner.getByLabel("Close (record the outcome)").check();
        partner.getByLabel("Reason for declining, or outcome when closing").fill("Safety plan made; immigration advice booked.");
        partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save update")).click();
        assertThat(partner.locator("main")).containsText("Closed");

        // The officer prints the notice: it lists the referral and the refused immigration request.
        officer.navigate(personUrl + "/notice");
        assertThat(officer.locator("article")).containsText("We have referred you to Harbour Migrant Women's Project");
        assertThat(officer.locator("article")).containsText("Immigration Enforcement. This was not allowed");
        assertThat(officer.locator("article")).containsText("No. Under our published safeguarding protocol");
        var pdf = officer.request().get(personUrl + "/notice.pdf");
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        officer.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notice.png")).setFullPage(true));
    }
}
