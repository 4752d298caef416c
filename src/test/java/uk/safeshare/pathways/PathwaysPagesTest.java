package uk.safeshare.pathways;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;

@SafeShareTest
class PathwaysPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Cases cases;
    @Autowired Identity identity;

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    @Test
    void an_officer_finds_an_organisation_and_refers_a_victim_with_consent_and_the_partner_sees_it() throws Exception {
        var ids = identity.runAs("officer.a", () -> {
            var caseId = cases.openCase(TestData.aReport().build());
            return new java.util.UUID[]{caseId, cases.addPerson(caseId, TestData.aVictim().build())};
        });
        Cookie officer = signIn("officer.a");
        mvc.perform(get("/directory?need=MIGRANT_BAME_LED_SUPPORT&language=ar").cookie(officer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Harbour Migrant Women")));
        String base = "/cases/" + ids[0] + "/people/" + ids[1] + "/referrals";
        String page = mvc.perform(get(base + "/new").cookie(officer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String serviceId = page.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">Harbour Migrant Women.*", "$1");

        mvc.perform(post(base).cookie(officer).with(csrf()).param("basis", "CONSENT").param("supportServiceId", serviceId))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select what the person needs help with")))
                .andExpect(content().string(containsString("Enter who gave consent")));

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        mvc.perform(post(base).cookie(officer).with(csrf()).param("basis", "CONSENT").param("supportServiceId", serviceId)
                        .param("needs", "MIGRANT_BAME_LED_SUPPORT").param("consentGivenBy", "The victim")
                        .param("consentDay", "" + today.getDayOfMonth()).param("consentMonth", "" + today.getMonthValue())
                        .param("consentYear", "" + today.getYear()).param("consentMethod", "IN_PERSON").param("sharedFields", "NAME"))
                .andExpect(redirectedUrlPattern(base + "/*"));

        Cookie partner = signIn("partner.harbour");
        mvc.perform(get("/partner/referrals").cookie(partner)).andExpect(status().isOk()).andExpect(content().string(containsString("REF-")));
        mvc.perform(get("/cases").cookie(partner)).andExpect(status().isForbidden());
        mvc.perform(get("/directory").cookie(partner)).andExpect(status().isForbidden());
    }

    @Test
    void a_csv_upload_with_bad_rows_lists_each_row_and_imports_nothing() throws Exception {
        Cookie caseworker = signIn("caseworker");
        String csv = "name,description,specialisms,languages,areas,contact_routes,capacity_notes,regulated_adviser,active\n"
                + "Page Import Org,,IDVA,zz,Eastfield,phone,,false,true\n";
        mvc.perform(multipart("/directory/import").file(new MockMultipartFile("file", "orgs.csv", "text/csv", csv.getBytes()))
                        .cookie(caseworker).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 2")))
                .andExpect(content().string(containsString("ISO 639-1")))
                .andExpect(content().string(containsString("Nothing was imported")));
        mvc.perform(get("/directory?text=Page+Import").cookie(caseworker))
                .andExpect(content().string(not(containsString("Page Import Org</a>"))));
    }

    @Test
    void a_partner_reports_a_crime_without_identifying_the_victim_and_the_form_explains_mistakes() throws Exception {
        Cookie partner = signIn("partner.advice");
        mvc.perform(post("/third-party-reports").cookie(partner).with(csrf()).param("area", "Port district"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the type of crime")))
                .andExpect(content().string(containsString("Describe what happened")));
        mvc.perform(post("/third-party-reports").cookie(partner).with(csrf()).param("crimeType", "MODERN_SLAVERY")
                        .param("area", "Port district").param("whatHappened", "Workers kept at a car wash, passports taken")
                        .param("victimWishes", "Wants advice before deciding"))
                .andExpect(redirectedUrlPattern("/third-party-reports/*"));
        mvc.perform(get("/third-party-reports").cookie(signIn("caseworker")))
                .andExpect(content().string(containsString("Northmoor Immigration Advice Centre")));
    }
}
