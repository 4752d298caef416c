package uk.safeshare.reliability;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.support.Registered;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * The records the matrix asks about, owned by team North and by the Harbour project: a case with a
 * victim, a consented referral of her to Harbour, Harbour's third-party report and a request to share.
 * A route's ids are found by the word before them ({@code /cases/{id}} is the case).
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
            cached = Map.of("cases", caseId, "people", personId, "referrals", referralId, "third-party-reports", reportId,
                    "sharing-requests", requestId);
        }
        return cached;
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
