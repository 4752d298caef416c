package uk.safeshare.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A victim with something in every table that can hold them (history, a disclosure, a consented referral,
 * a notice given, a high-risk assessment and its MARAC referral, a break-glass), and a suspect on the same
 * case, all made through the API as officers would. Every name and free text carries a marker unique to
 * the test run, so a search for it finds this person's data and no one else's.
 */
public final class PersonRecords {

    private final MockMvc mvc;
    private final Tokens tokens;
    private final JdbcClient jdbc;

    public PersonRecords(MockMvc mvc, Tokens tokens, JdbcClient jdbc) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** The victim's given and family names are marker + "v" / marker + "w"; the suspect's marker + "s" / marker + "t". */
    public record Made(String marker, UUID caseId, UUID victimId, UUID suspectId, String caseReference, String victimGiven,
                       String victimFamily, String suspectGiven, String suspectFamily) {
    }

    public static String marker() {
        StringBuilder s = new StringBuilder("Zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            s.append((char) ('a' + Character.digit(c, 16)));
        }
        return s.toString();
    }

    public Made victimWithEverything() throws Exception {
        String m = marker();
        String officer = tokens.bearer("officer.a");
        String suspectGiven = m + "s";
        String suspectFamily = m + "t";
        String report = """
                {"crimeTypes":["DOMESTIC_ABUSE"],"occurredAt":"2026-01-10T21:30:00Z","area":"Eastfield %s",
                 "summary":"Victim %sv reports assaults at home by %s %s."}""".formatted(m, m, suspectGiven, suspectFamily);
        String caseBody = send(post("/api/v1/cases"), officer, report).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID caseId = UUID.fromString(JsonPath.read(caseBody, "$.id"));
        UUID victim = person(officer, caseId, "VICTIM", m + "v", m + "w", "Evidence " + m, "Call via refuge " + m);
        UUID suspect = person(officer, caseId, "SUSPECT", suspectGiven, suspectFamily, null, "Suspect phone " + m + "x");
        // An edit, so that the victim has history.
        send(put("/api/v1/cases/" + caseId + "/people/" + victim), officer, personJson("VICTIM", m + "v", m + "w", "Evidence " + m,
                "Call via refuge, changed " + m)).andExpect(status().isOk());
        // A permitted safeguarding request, disclosed.
        String request = """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"SAFEGUARDING","pathwayStage":"INITIAL_REPORT",
                 "dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                 "justification":"Continuing risk to %sv from the suspect","consent":"GIVEN","suspectedOfOtherOffence":false,"threatToLife":false}"""
                .formatted(caseId, victim, Registered.in("LOCAL_AUTHORITY"), m);
        String requestBody = send(post("/api/v1/sharing-requests"), officer, request).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String requestId = JsonPath.read(requestBody, "$.id");
        send(post("/api/v1/sharing-requests/" + requestId + "/disclosure"), officer,
                "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}").andExpect(status().isOk());
        // A consented referral to a specialist organisation.
        UUID service = jdbc.sql("SELECT id FROM support_service WHERE name = 'Harbour Migrant Women''s Project'").query(UUID.class).single();
        send(post("/api/v1/cases/" + caseId + "/people/" + victim + "/referrals"), officer, """
                {"supportServiceId":"%s","needs":["MIGRANT_BAME_LED_SUPPORT"],"basis":"CONSENT","consentGivenBy":"%sv herself",
                 "consentGivenAt":"%s","consentMethod":"THROUGH_INTERPRETER","sharedFields":["NAME","LANGUAGE","SAFE_CONTACT"],"intermediary":true}"""
                .formatted(service, m, Instant.now().minusSeconds(60))).andExpect(status().isCreated());
        // The notice given.
        send(post("/api/v1/cases/" + caseId + "/people/" + victim + "/notice/given"), officer,
                "{\"method\":\"THROUGH_INTERPRETER\",\"language\":\"ar\",\"interpreterUsed\":true,\"notes\":\"Told at the refuge " + m + "\"}")
                .andExpect(status().isOk());
        // A high-risk assessment: a MARAC referral follows.
        send(post("/api/v1/cases/" + caseId + "/people/" + victim + "/risk-assessments"), officer, RiskData.completed(16))
                .andExpect(status().isCreated());
        // Another team's officer opens the case with a reason naming the victim.
        String other = tokens.bearer("officer.b");
        send(post("/api/v1/cases/" + caseId + "/break-glass"), other, "{\"reason\":\"Checking risk to " + m + "v tonight\"}")
                .andExpect(status().isOk());
        String reference = jdbc.sql("SELECT reference FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
        return new Made(m, caseId, victim, suspect, reference, m + "v", m + "w", suspectGiven, suspectFamily);
    }

    private UUID person(String officer, UUID caseId, String role, String given, String family, String evidence, String contact)
            throws Exception {
        String body = send(post("/api/v1/cases/" + caseId + "/people"), officer, personJson(role, given, family, evidence, contact))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private static String personJson(String role, String given, String family, String evidence, String contact) {
        return """
                {"role":"%s","givenName":"%s","familyName":"%s","dateOfBirth":"1990-05-17","statusBasis":"%s",%s
                 "ethnicitySelfDefined":"O2","ethnicityObserved":"IC6","nationality":"SY","language":"ar",
                 "interpreterNeeded":true,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION","safeContactDetails":"%s",
                 "vulnerabilities":["PREGNANT"]}"""
                .formatted(role, given, family, evidence == null ? "CONCERNS_OR_DOUBTS_ONLY" : "EVIDENCE_OF_IMMIGRATION_OFFENCE",
                        evidence == null ? "" : "\"statusEvidence\":\"" + evidence + "\",", contact);
    }

    public ResultActions send(MockHttpServletRequestBuilder request, String bearer, String body) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
