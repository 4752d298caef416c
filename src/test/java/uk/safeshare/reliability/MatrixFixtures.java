package uk.safeshare.reliability;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.support.Registered;
import uk.safeshare.support.RiskData;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * The records the matrix asks about, owned by team North and by the Harbour project: a case with a
 * victim, a consented referral of her to Harbour, Harbour's third-party report, a request to share, her
 * risk assessment, a young person team North tracks, a MARAC meeting (the coordinator's), and the
 * PCC's governance records seeded at start-up. A route's ids are found by the two words before them
 * ({@code /marac/meetings/{id}} is the meeting) or, failing that, the word before them ({@code /cases/{id}}).
 */
final class MatrixFixtures {

    private static Map<String, String> cached;

    static synchronized Map<String, String> create(MockMvc mvc, Tokens tokens) throws Exception {
        if (cached == null) {
            String officer = tokens.bearer("officer.a");
            String caseId = id(mvc, post("/api/v1/cases"), officer, TestData.aReport().json());
            String personId = id(mvc, post("/api/v1/cases/" + caseId + "/people"), officer, TestData.aVictim().json());
            String directory = mvc.perform(get("/api/v1/directory").header("Authorization", officer)).andReturn().getResponse()
                    .getContentAsString();
            String harbour = JsonPath.<List<String>>read(directory, "$[?(@.name == \"Harbour Migrant Women's Project\")].id").getFirst();
            String referralId = id(mvc, post("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals"), officer, """
                    {"supportServiceId":"%s","needs":["MIGRANT_BAME_LED_SUPPORT"],"basis":"CONSENT","consentGivenBy":"the victim herself",
                     "consentGivenAt":"%s","consentMethod":"IN_PERSON","sharedFields":["NAME"],"intermediary":false}"""
                    .formatted(harbour, Instant.now().minusSeconds(60)));
            String reportId = id(mvc, post("/api/v1/third-party-reports"), tokens.bearer("partner.harbour"), """
                    {"crimeType":"DOMESTIC_ABUSE","area":"Eastfield","whatHappened":"A woman we support is hit by her husband.",
                     "victimWishes":"Wants it on record","policeMayContact":false}""");
            String requestId = id(mvc, post("/api/v1/sharing-requests"), officer, """
                    {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"SAFEGUARDING","pathwayStage":"INITIAL_REPORT",
                     "dataCategories":["IDENTITY","CONTACT_DETAILS"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                     "justification":"The victim is at continuing risk of harm from the suspect.",
                     "consent":"GIVEN","suspectedOfOtherOffence":false,"threatToLife":false}"""
                    .formatted(caseId, personId, Registered.CHILDRENS_SERVICES));
            awaitSpecialistQueue(mvc, tokens.bearer("caseworker"), personId);
            String assessmentId = id(mvc, post("/api/v1/cases/" + caseId + "/people/" + personId + "/risk-assessments"), officer,
                    RiskData.completed(3));
            String youngPersonId = id(mvc, post("/api/v1/young-people"), officer, """
                    {"givenName":"Kofi","familyName":"Mensah","dateOfBirth":"%s","careLeaver":false,"leadAgency":"CHILDRENS_SERVICES",
                     "riskLevel":"MEDIUM","riskReason":"Found with older males in a flat used for drug supply","nextReviewOn":"%s"}"""
                    .formatted(LocalDate.now().minusYears(15), LocalDate.now().plusDays(14)));
            String meetingId = id(mvc, post("/api/v1/marac/meetings"), tokens.bearer("marac"), """
                    {"meetsOn":"%s","area":"Eastfield","chair":"DI Grace Mensah"}""".formatted(LocalDate.now().plusDays(7)));
            var fixtures = new HashMap<String, String>(Map.of("cases", caseId, "people", personId, "referrals", referralId,
                    "third-party-reports", reportId, "sharing-requests", requestId, "risk-assessments", assessmentId,
                    "young-people", youngPersonId, "marac/meetings", meetingId));
            // The PCC's governance records (seeded at start-up): the first of each list, where there is one.
            String governance = tokens.bearer("governance");
            first(mvc, governance, "/api/v1/governance/items", "$[*].code").ifPresent(code -> fixtures.put("governance/items", code));
            first(mvc, governance, "/api/v1/governance/meetings", "$[*].id").ifPresent(id -> fixtures.put("governance/meetings", id));
            first(mvc, governance, "/api/v1/governance/packs", "$[*].id").ifPresent(id -> fixtures.put("governance/packs", id));
            first(mvc, governance, "/api/v1/governance/reports", "$[*].id").ifPresent(id -> fixtures.put("governance/reports", id));
            cached = Map.copyOf(fixtures);
        }
        return cached;
    }

    private static Optional<String> first(MockMvc mvc, String bearer, String list, String path) throws Exception {
        var response = mvc.perform(get(list).header("Authorization", bearer)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            return Optional.empty();
        }
        List<Object> values = JsonPath.read(response.getContentAsString(), path);
        return values.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(values.getFirst()));
    }

    /** The victim (status only doubted) enters the specialist queue once its listener has run, after her record commits. */
    private static void awaitSpecialistQueue(MockMvc mvc, String caseworker, String personId) throws Exception {
        for (int i = 0; i < 400; i++) {
            if (mvc.perform(get("/api/v1/specialist-queue/people/" + personId).header("Authorization", caseworker))
                    .andReturn().getResponse().getStatus() == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The fixtures' victim never entered the specialist queue");
    }

    private static String id(MockMvc mvc, MockHttpServletRequestBuilder request, String bearer, String json) throws Exception {
        String body = mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private MatrixFixtures() {
    }
}
