package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeshare.support.Chromium;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.Registered;
import uk.safeshare.support.Tokens;
import uk.safeshare.support.TestData;

/** The usability review's problems, each as the user met it; every test here failed on the pages before the fix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UsabilityReviewProblemsTest {

    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired MaracFixture fixture;
    @Autowired Tokens tokens;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void a_failed_sign_in_keeps_the_username_and_the_title_says_error() {
        Page page = chromium.browser().newContext().newPage();
        page.navigate(url("/sign-in"));
        page.getByLabel("Username").fill("officer.a");
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The username or password is not right");
        assertThat(page.getByLabel("Username")).hasValue("officer.a");
        assertThat(page.title()).startsWith("Error: ");
        page.context().close();
    }

    @Test
    void form_errors_are_summarised_in_page_order_under_an_error_title() {
        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate(url("/cases/new"));
        officer.getByLabel("Year").fill("20x6");
        officer.getByRole(AriaRole.BUTTON, named("Create case")).click();
        assertThat(officer.locator(".govuk-error-summary__list a").first()).isVisible();
        assertThat(officer.title()).startsWith("Error: ");
        var links = officer.locator(".govuk-error-summary__list a").evaluateAll("as => as.map(a => a.getAttribute('href'))");
        assertThat(links.toString()).startsWith("[#crimeTypes, #day");
        officer.context().close();
    }

    @Test
    void the_service_navigation_marks_the_current_section_and_sign_out_is_in_the_header_for_every_role() {
        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate(url("/cases/new"));
        assertThat(officer.locator(".govuk-service-navigation__item--active")).hasText("Cases");
        assertThat(officer.locator("header .safeshare-sign-out button")).hasText("Sign out");
        Page dpo = chromium.signIn(port, "dpo");
        assertThat(dpo.locator("header .safeshare-sign-out button")).hasText("Sign out");
        // On a phone the navigation folds behind a Menu button instead of filling the screen.
        dpo.setViewportSize(320, 700);
        dpo.reload();
        assertThat(dpo.getByRole(AriaRole.BUTTON, named("Menu"))).isVisible();
        assertThat(dpo.locator("#navigation")).isHidden();
        officer.context().close();
        dpo.context().close();
    }

    @Test
    void supervisors_and_the_dpo_are_not_offered_to_ask_to_share_but_officers_are() {
        MaracFixture.Victim victim = fixture.newVictim();
        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate(url("/cases/" + victim.caseId() + "/people/" + victim.personId()));
        assertThat(officer.getByRole(AriaRole.BUTTON, named("Ask to share information"))).isVisible();
        Page sergeant = chromium.signIn(port, "sergeant");
        sergeant.navigate(url("/cases/" + victim.caseId() + "/people/" + victim.personId()));
        assertThat(sergeant.locator("h1")).hasText(victim.fullName());
        assertThat(sergeant.getByText("Ask to share information")).hasCount(0);
        officer.context().close();
        sergeant.context().close();
    }

    @Test
    void closing_a_meeting_asks_for_confirmation_first() {
        Page coordinator = chromium.signIn(port, "marac");
        coordinator.navigate(url("/marac/schedule"));
        LocalDate day = LocalDate.now().plusDays(7);
        coordinator.getByLabel("Day").fill(Integer.toString(day.getDayOfMonth()));
        coordinator.getByLabel("Month").fill(Integer.toString(day.getMonthValue()));
        coordinator.getByLabel("Year").fill(Integer.toString(day.getYear()));
        coordinator.getByLabel("Area").fill("Confirmation Vale");
        coordinator.getByLabel("Chair").fill("DI Ruth Okafor");
        coordinator.getByRole(AriaRole.BUTTON, named("Schedule the meeting")).click();
        String meeting = coordinator.url();
        coordinator.getByRole(AriaRole.BUTTON, named("Close the meeting")).click();
        assertThat(coordinator.locator("h1")).hasText("Are you sure you want to close the meeting?");
        coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(coordinator).hasURL(meeting);
        assertThat(coordinator.getByRole(AriaRole.BUTTON, named("Close the meeting"))).isVisible();
        coordinator.context().close();
    }

    @Test
    void a_bad_audit_filter_or_quarter_is_explained_on_the_page_with_what_was_typed() {
        Page auditor = chromium.signIn(port, "auditor");
        Response response = auditor.navigate(url("/audit?case=NOT-A-REF&fromDay=31&fromMonth=2&fromYear=2026"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(auditor.locator("h1")).hasText("Audit log");
        assertThat(auditor.locator(".govuk-error-summary")).containsText("There is no case with the reference NOT-A-REF");
        assertThat(auditor.locator(".govuk-error-summary")).containsText("The date from must be a real date");
        assertThat(auditor.getByLabel("Case reference")).hasValue("NOT-A-REF");
        assertThat(auditor.locator("header .safeshare-sign-out button")).isVisible();

        Page analyst = chromium.signIn(port, "analyst");
        analyst.navigate(url("/statistics"));
        if (analyst.locator("#from").count() > 0) {
            Response trends = analyst.navigate(url("/statistics?from=2025-Q9&to=2026-Q1"));
            assertThat(trends.status()).isEqualTo(400);
            assertThat(analyst.locator(".govuk-error-summary")).isVisible();
            assertThat(analyst.getByLabel("From quarter")).hasValue("2025-Q9");
        }
        auditor.context().close();
        analyst.context().close();
    }

    /** Sends a sharing request through the API as officer.a. */
    private HttpResponse<String> askToShare(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/sharing-requests")))
                .header("Authorization", tokens.bearer("officer.a")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks, through the API as officer.a, to check the person's status with Immigration Enforcement: prohibited, owing an offer. */
    private String askForAStatusCheck(MaracFixture.Victim victim) throws Exception {
        String body = """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"IMMIGRATION_STATUS_CHECK",
                 "pathwayStage":"INITIAL_REPORT","dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                 "justification":"To check the victim's immigration status.","consent":"NOT_ASKED"}"""
                .formatted(victim.caseId(), victim.personId(), Registered.IMMIGRATION_ENFORCEMENT);
        HttpResponse<String> answer = askToShare(body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return com.jayway.jsonpath.JsonPath.read(answer.body(), "$.id");
    }

    /** On the referral form: the advice centre, the victim's consent given in person today to share their name; sent. */
    private static void sendTheReferralWithConsent(Page officer) {
        officer.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Northmoor Immigration Advice Centre"));
        officer.getByLabel("Who gave consent").fill("The victim");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        officer.getByLabel("Day").fill(Integer.toString(today.getDayOfMonth()));
        officer.getByLabel("Month").fill(Integer.toString(today.getMonthValue()));
        officer.getByLabel("Year").fill(Integer.toString(today.getYear()));
        officer.getByLabel("In person").check();
        officer.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).check();
        officer.getByRole(AriaRole.BUTTON, named("Send referral")).click();
    }

    @Test
    void a_referral_made_from_the_offer_on_a_prohibited_request_brings_the_officer_back_to_the_offer_met() throws Exception {
        MaracFixture.Victim victim = fixture.newVictim();
        String request = askForAStatusCheck(victim);
        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate(url("/sharing-requests/" + request));
        officer.getByRole(AriaRole.BUTTON, named("Refer to a specialist organisation")).click();

        assertThat(officer.getByLabel("Immigration advice", new Page.GetByLabelOptions().setExact(true))).isChecked();
        sendTheReferralWithConsent(officer);

        // Back on the request, the offer is met by that referral, and no longer offered.
        assertThat(officer).hasURL(url("/sharing-requests/" + request));
        assertThat(officer.locator("main")).containsText("Referred to Northmoor Immigration Advice Centre (REF-");
        assertThat(officer.getByRole(AriaRole.LINK, named("Referrals for this person"))).isVisible();
        assertThat(officer.getByRole(AriaRole.BUTTON, named("Refer to a specialist organisation"))).hasCount(0);
        officer.context().close();
    }

    @Test
    void a_partner_sees_who_referred_when_a_response_is_due_and_the_progress_of_their_referral() throws Exception {
        MaracFixture.Victim victim = fixture.newVictim();
        String request = askForAStatusCheck(victim);
        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate(url("/cases/" + victim.caseId() + "/people/" + victim.personId() + "/referrals/new?need=IMMIGRATION_ADVICE&sharingRequest=" + request));
        sendTheReferralWithConsent(officer);
        String made = officer.locator("main").innerText();
        String reference = made.substring(made.indexOf("(REF-") + 1, made.indexOf(')', made.indexOf("(REF-")));
        officer.context().close();

        Page partner = chromium.signIn(port, "partner.advice");
        partner.navigate(url("/partner/referrals"));
        partner.getByRole(AriaRole.LINK, named(reference)).click();
        assertThat(partner.locator("h1")).hasText("Referral " + reference);
        assertThat(partner.locator(".govuk-summary-list").first()).containsText("Referred by");
        assertThat(partner.locator(".govuk-summary-list").first()).containsText("Response due");
        partner.getByLabel("Accept").check();
        partner.getByLabel("Note (optional)").fill("Called the victim on the safe number; appointment on Friday.");
        partner.getByRole(AriaRole.BUTTON, named("Save update")).click();
        assertThat(partner.locator(".moj-timeline")).containsText("Called the victim on the safe number; appointment on Friday.");
        assertThat(partner.locator(".moj-timeline__title").first()).isVisible();
        partner.context().close();
    }

    @Test
    void the_audit_logs_what_column_is_not_cut_off_at_1280_pixels() throws Exception {
        // An entry with a long unbroken word in it, as a typed organisation name or a hash can be.
        MaracFixture.Victim victim = fixture.newVictim();
        String body = """
                {"caseId":"%s","personId":"%s","recipientName":"NorthmoorCommunitySafetyPartnershipInformationSharingHubSecretariat",
                 "purpose":"SAFEGUARDING","pathwayStage":"INITIAL_REPORT","dataCategories":["IDENTITY"],
                 "lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","justification":"The victim is at risk.","consent":"GIVEN"}"""
                .formatted(victim.caseId(), victim.personId());
        HttpResponse<String> asked = askToShare(body);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);

        Page auditor = chromium.signIn(port, "auditor");
        auditor.setViewportSize(1280, 800);
        auditor.navigate(url("/audit"));
        assertThat(auditor.locator("table tbody")).containsText("NorthmoorCommunitySafetyPartnershipInformationSharingHubSecretariat");
        Object overflow = auditor.locator("table").first().evaluate(
                "t => { const box = t.closest('.safeshare-table-wrap') || t.parentElement; return box.scrollWidth - box.clientWidth; }");
        assertThat(((Number) overflow).intValue()).as("the table's width beyond its box").isLessThanOrEqualTo(0);
        auditor.context().close();
    }

    @Test
    void an_officer_finds_a_case_by_a_persons_name_and_another_teams_case_offers_break_glass() {
        MaracFixture.Victim victim = fixture.newVictim();
        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate(url("/cases/search"));
        officer.getByLabel("Case reference or a person’s name").fill(victim.fullName());
        officer.getByRole(AriaRole.BUTTON, named("Search")).click();
        assertThat(officer.locator("table")).containsText(victim.fullName());
        Page other = chromium.signIn(port, "officer.b");
        other.navigate(url("/cases/search?text=" + victim.fullName().replace(' ', '+')));
        assertThat(other.locator("table")).containsText("Another team’s case");
        assertThat(other.locator("table")).not().containsText(victim.fullName());
        officer.context().close();
        other.context().close();
    }
}
