package uk.safeshare.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.support.PersonRecords;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

@SafeShareTest
class RightsRequestsTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired FieldCipher cipher;

    private ResultActions dpo(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.header("Authorization", tokens.bearer("dpo")).contentType("application/json").content(json));
    }

    private String request(String kind, PersonRecords.Made made, LocalDate received) throws Exception {
        String body = dpo(post("/api/v1/rights/requests"), """
                {"kind":"%s","requester":"%s in person","identityCheck":"Passport seen at the front desk","givenName":"%s",
                 "familyName":"%s","dateOfBirth":"1990-05-17","receivedOn":"%s"}"""
                .formatted(kind, made.victimGiven(), made.victimGiven(), made.victimFamily(), received))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        dpo(get("/api/v1/rights/requests/" + id + "/candidates"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personId").value(made.victimId().toString()))
                .andExpect(jsonPath("$.length()").value(1));
        dpo(put("/api/v1/rights/requests/" + id + "/people"), "{\"personIds\":[\"" + made.victimId() + "\"]}").andExpect(status().isOk());
        return id;
    }

    @Test
    void a_request_is_due_one_calendar_month_after_receipt_and_is_flagged_overdue_after_that() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        String id = request("SUBJECT_ACCESS", made, LocalDate.of(2026, 1, 31));
        dpo(get("/api/v1/rights/requests/" + id), "")
                .andExpect(jsonPath("$.dueOn").value("2026-02-28"))
                .andExpect(jsonPath("$.overdue").value(true));
        dpo(post("/api/v1/rights/requests/" + id + "/extension"), "{\"reason\":\"Many records across several cases\"}")
                .andExpect(jsonPath("$.extendedTo").value("2026-04-28"));
        dpo(post("/api/v1/rights/requests/" + id + "/extension"), "{\"reason\":\"again\"}").andExpect(status().isConflict());
        String fresh = request("SUBJECT_ACCESS", made, LocalDate.now());
        dpo(get("/api/v1/rights/requests/" + fresh), "").andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void a_subject_access_bundle_holds_every_classified_field_of_the_person_and_none_of_anyone_elses() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        String id = request("SUBJECT_ACCESS", made, LocalDate.now());
        dpo(post("/api/v1/rights/requests/" + id + "/bundle"), "").andExpect(status().isConflict());
        dpo(post("/api/v1/rights/requests/" + id + "/withholdings"), "{\"item\":\"MARAC\",\"reason\":\"Would prejudice a live MARAC safety plan\"}")
                .andExpect(status().isOk());
        dpo(post("/api/v1/rights/requests/" + id + "/decision"), "{\"approve\":true,\"reason\":\"Identity confirmed\"}").andExpect(status().isOk());

        byte[] zip = dpo(post("/api/v1/rights/requests/" + id + "/bundle"), "").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = unzip(zip);
        assertThat(files).containsOnlyKeys("subject-access.json", "subject-access.pdf");
        String json = new String(files.get("subject-access.json"), StandardCharsets.UTF_8);

        // Every classified column of the victim's own record, decrypted, is in the bundle.
        Map<String, Object> row = jdbc.sql("SELECT * FROM case_person WHERE id = ?").param(made.victimId()).query().singleRow();
        for (var e : row.entrySet()) {
            if (e.getValue() == null || e.getKey().equalsIgnoreCase("version")) {
                continue;
            }
            String value = e.getValue().toString();
            String plain = value.startsWith("v1:") ? cipher.decrypt(value) : value;
            assertThat(json).as(e.getKey()).contains(JsonPath.parse("[\"" + plain.replace("\"", "\\\"") + "\"]").jsonString().replaceAll("^\\[\"|\"]$", ""));
        }
        assertThat(json).contains("refuge " + made.marker()).contains("Told at the refuge " + made.marker())
                .contains("Harbour Migrant Women").contains("LOCAL_AUTHORITY").contains("officer.b")
                .contains("Withheld under section 45(4)").doesNotContain("live MARAC safety plan");
        // Nothing of the suspect: not their names (redacted in the case summary), not their id, not their contact details.
        assertThat(json).doesNotContain(made.suspectGiven()).doesNotContain(made.suspectFamily())
                .doesNotContain(made.suspectId().toString()).doesNotContain("phone " + made.marker())
                .contains("[another person]");
        try (var pdf = Loader.loadPDF(files.get("subject-access.pdf"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Information SafeShare holds about you").contains(made.victimGiven()).doesNotContain(made.suspectGiven());
        }
        dpo(get("/api/v1/rights/requests/" + id), "").andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND recipient = 'the data subject' AND details LIKE ?")
                .param("%" + JsonPath.read(json, "$.reference") + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_restricted_person_can_be_neither_shared_nor_changed_until_the_restriction_is_lifted() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        String id = request("RESTRICTION", made, LocalDate.now());
        dpo(post("/api/v1/rights/requests/" + id + "/decision"), "{\"approve\":true,\"reason\":\"Accuracy contested\"}").andExpect(status().isOk());
        dpo(post("/api/v1/rights/requests/" + id + "/completion"), "{}").andExpect(jsonPath("$.people[0].restricted").value(true));

        String officer = tokens.bearer("officer.a");
        String share = """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"SAFEGUARDING","pathwayStage":"INITIAL_REPORT",
                 "dataCategories":["IDENTITY"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","justification":"Risk remains",
                 "consent":"GIVEN","suspectedOfOtherOffence":false,"threatToLife":true}"""
                .formatted(made.caseId(), made.victimId(), uk.safeshare.support.Registered.in("LOCAL_AUTHORITY"));
        mvc.perform(post("/api/v1/sharing-requests").header("Authorization", officer).contentType("application/json").content(share))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.outcome").value("PROHIBITED"))
                .andExpect(jsonPath("$.decision.rules[0].ruleId").value("processing-restricted"));
        mvc.perform(put("/api/v1/cases/" + made.caseId() + "/people/" + made.victimId()).header("Authorization", officer)
                        .contentType("application/json").content("""
                        {"role":"VICTIM","givenName":"Changed","familyName":"Name","statusBasis":"NOT_KNOWN","interpreterNeeded":false,
                         "safeContactMethod":"THROUGH_SUPPORT_ORGANISATION"}"""))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT given_name FROM case_person WHERE id = ?").param(made.victimId()).query(String.class).single())
                .isEqualTo(made.victimGiven());

        dpo(post("/api/v1/rights/restrictions/" + made.victimId() + "/lifting"), "{\"reason\":\"Accuracy confirmed\"}").andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/sharing-requests").header("Authorization", officer).contentType("application/json").content(share))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision.outcome").value(org.hamcrest.Matchers.not("PROHIBITED")));
    }

    @Test
    void an_approved_erasure_disposes_of_the_person_everywhere() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        String id = request("ERASURE", made, LocalDate.now());
        dpo(post("/api/v1/rights/requests/" + id + "/completion"), "{}").andExpect(status().isConflict());
        dpo(post("/api/v1/rights/requests/" + id + "/decision"), "{\"approve\":true,\"reason\":\"No policing purpose remains\"}").andExpect(status().isOk());
        dpo(post("/api/v1/rights/requests/" + id + "/completion"), "{}").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_person WHERE id = ?").param(made.victimId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE person_id = ?").param(made.victimId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_person WHERE id = ?").param(made.suspectId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_bad_request_is_refused_with_every_problem_and_records_nothing() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM rights_request").query(Long.class).single();
        dpo(post("/api/v1/rights/requests"), """
                {"kind":"SUBJECT_ACCESS","requester":" ","identityCheck":"seen","givenName":"A","familyName":"B","receivedOn":"2999-01-01"}""")
                .andExpect(status().isBadRequest());
        dpo(post("/api/v1/rights/requests"), "{\"kind\":\"SUBJECT_ACCESS\",\"unknown\":1}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rights_request").query(Long.class).single()).isEqualTo(before);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
