package uk.safeshare.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
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
 * In Chromium, without JavaScript doing any of the work: the DPO registers an organisation with an
 * acronym and gives it its category; an officer finds it on the question page by the acronym and asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterJourneyTest {

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

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }

    @Test
    void the_dpo_registers_an_organisation_with_an_acronym_and_an_officer_finds_it_by_the_acronym_and_asks() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "Eastfield Children's Safeguarding Partnership " + suffix;
        String acronym = "ECSP" + suffix;
        Victim victim = fixture.newVictim();

        Page dpo = chromium.signIn(port, "dpo");
        dpo.getByRole(AriaRole.LINK, named("Register of organisations")).first().click();
        dpo.getByRole(AriaRole.BUTTON, named("Register an organisation")).click();
        dpo.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        dpo.getByLabel("Other names and acronyms (one to a line, optional)").fill(acronym);
        dpo.getByLabel("How to contact them (optional)").fill("Front door: 01632 960400");
        dpo.getByRole(AriaRole.BUTTON, named("Save")).click();
        assertThat(dpo.locator("main")).containsText(name + " is in the register");
        assertThat(dpo.locator("main")).containsText("not yet set by the data protection officer");
        dpo.getByRole(AriaRole.BUTTON, named("Set the category")).click();
        dpo.getByLabel("Local authority (children's or adult social care)").check();
        dpo.getByLabel("Reason").fill("A partnership run by Eastfield Council's children's services");
        dpo.getByRole(AriaRole.BUTTON, named("Set the category")).click();
        assertThat(dpo.locator("main")).containsText("The category is set");
        assertThat(dpo.locator("main")).containsText("A partnership run by Eastfield Council");
        screenshot(dpo, "register-entry");

        Page officer = chromium.signIn(port, "officer.a");
        officer.navigate("http://localhost:" + port + "/cases/" + victim.caseId() + "/people/" + victim.personId()
                + "/sharing-requests/new");
        officer.getByLabel("Find the organisation in the register by its name, another name or its acronym").fill(acronym.toLowerCase());
        officer.getByRole(AriaRole.BUTTON, named("Find")).click();
        officer.getByText(name, new Page.GetByTextOptions().setExact(true)).click();
        officer.locator("input[name=purpose][value=SAFEGUARDING]").check();
        officer.locator("input[name=pathwayStage][value=INITIAL_REPORT]").check();
        officer.locator("input[name=dataCategories][value=IDENTITY]").check();
        officer.locator("input[name=lawfulBasis][value=LAW_ENFORCEMENT_NECESSITY]").check();
        officer.getByLabel("Why does this information need to be shared?").fill("Children in the household are at risk.");
        officer.locator("input[name=consent][value=GIVEN]").check();
        officer.locator("input[name=suspectedOfOtherOffence][value=no]").check();
        officer.locator("input[name=threatToLife][value=no]").check();
        screenshot(officer, "register-ask");
        officer.getByRole(AriaRole.BUTTON, named("Get a decision")).click();
        assertThat(officer.locator("main")).containsText("Permitted");
        assertThat(officer.locator("main")).containsText(name);
    }
}
