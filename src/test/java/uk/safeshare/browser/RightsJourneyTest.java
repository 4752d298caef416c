package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.support.Chromium;
import uk.safeshare.support.MaracFixture;
import uk.safeshare.support.MaracFixture.Victim;

/**
 * In Chromium, without JavaScript doing any of the work: the DPO records a subject access request, finds
 * the person on the cases, confirms them, approves the request and downloads the bundle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RightsJourneyTest {

    static Chromium chromium;

    @LocalServerPort int port;
    @Autowired MaracFixture fixture;

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

    @Test
    void the_dpo_takes_a_subject_access_request_from_the_register_to_the_bundle() throws Exception {
        Victim victim = fixture.newVictim();
        LocalDate today = LocalDate.now();

        Page dpo = chromium.signIn(port, "dpo");
        dpo.getByRole(AriaRole.LINK, named("rights requests")).first().click();
        dpo.getByRole(AriaRole.BUTTON, named("Record a request")).click();
        dpo.getByRole(AriaRole.BUTTON, named("Record the request")).click();
        assertThat(dpo).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(dpo.locator(".govuk-error-summary")).containsText("Select what the person is asking for");

        dpo.getByLabel("Subject access (a copy of what is held)").check();
        dpo.getByLabel("Who made the request (the person, or who acts for them)").fill(victim.fullName() + ", by letter");
        dpo.getByLabel("How their identity was checked").fill("Passport and a utility bill seen at the front desk");
        dpo.getByLabel("Given name of the person it is about").fill(victim.given());
        dpo.getByLabel("Family name of the person it is about").fill(victim.family());
        dpo.locator("#born-day").fill("17");
        dpo.locator("#born-month").fill("5");
        dpo.locator("#born-year").fill("1990");
        dpo.locator("#received-day").fill(Integer.toString(today.getDayOfMonth()));
        dpo.locator("#received-month").fill(Integer.toString(today.getMonthValue()));
        dpo.locator("#received-year").fill(Integer.toString(today.getYear()));
        dpo.getByRole(AriaRole.BUTTON, named("Record the request")).click();
        assertThat(dpo.locator("main")).containsText("is recorded; it is due by " + today.plusMonths(1));

        dpo.getByLabel(victim.fullName(), new Page.GetByLabelOptions().setExact(false)).check();
        dpo.getByRole(AriaRole.BUTTON, named("Confirm these records")).click();
        assertThat(dpo.locator("main")).containsText("The person records are confirmed");
        dpo.getByLabel("Approve").check();
        dpo.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("Identity confirmed; nothing to withhold");
        dpo.getByRole(AriaRole.BUTTON, named("Record the decision")).click();
        assertThat(dpo.locator("main")).containsText("APPROVED");

        Download download = dpo.waitForDownload(() -> dpo.getByRole(AriaRole.BUTTON, named("Export the subject access bundle")).click());
        Path zip = download.path();
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        org.assertj.core.api.Assertions.assertThat(files).containsKeys("subject-access.pdf", "subject-access.json");
        org.assertj.core.api.Assertions.assertThat(new String(files.get("subject-access.json"), StandardCharsets.UTF_8))
                .contains(victim.given()).contains(victim.personId().toString());

        dpo.navigate("http://localhost:" + port + "/rights");
        assertThat(dpo.locator("main")).containsText(victim.fullName());
        assertThat(dpo.locator("main")).containsText("COMPLETED");
    }
}
