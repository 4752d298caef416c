package uk.safeshare.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.audit.AuditLog;
import uk.safeshare.audit.AuditVerifierCli;
import uk.safeshare.audit.TransparencyLog;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.support.PersonRecords;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/**
 * Driven by db/personal-data.csv: after a disposal, no column classified personal or special, in any table,
 * holds anything of the disposed people (special columns are decrypted to look). The audit log keeps its
 * entries (ids, codes, who and when), the text in them can no longer be read, and the log still verifies.
 */
@SafeShareTest
class DisposalLeavesNothingTest {

    /** The log keeps record ids on purpose (ADR 0015): its entries are looked at separately below. */
    private static final Set<String> KEPT_BY_DESIGN = Set.of("audit_entry", "audit_entry_person");

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired FieldCipher cipher;
    @Autowired AuditLog log;
    @Autowired TransparencyLog transparency;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password:}") String password;

    private record Column(String table, String column, boolean special) {
    }

    private static List<Column> classified() throws IOException {
        List<Column> columns = new ArrayList<>();
        try (InputStream in = DisposalLeavesNothingTest.class.getResourceAsStream("/db/personal-data.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",", 4);
                if (line.startsWith("#") || f.length < 3 || f[0].equals("table")) {
                    continue;
                }
                if ((f[2].equals("personal") || f[2].equals("special")) && !KEPT_BY_DESIGN.contains(f[0])) {
                    columns.add(new Column(f[0], f[1], f[2].equals("special")));
                }
            }
        }
        return columns;
    }

    /** Every classified column holding one of the needles (compared case-insensitively, decrypted where encrypted). */
    private List<String> holding(List<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        for (Column c : classified()) {
            List<String> values = jdbc.sql("SELECT CAST(" + c.column() + " AS VARCHAR(1000000)) FROM " + c.table() + " WHERE "
                    + c.column() + " IS NOT NULL").query(String.class).list();
            for (String value : values) {
                String plain = value.startsWith("v1:") ? cipher.decrypt(value) : value;
                for (String needle : needles) {
                    if (plain.toLowerCase().contains(needle.toLowerCase())) {
                        found.add(c.table() + "." + c.column() + " holds " + needle);
                    }
                }
            }
        }
        return found;
    }

    private void makeDue(UUID caseId) {
        jdbc.sql("UPDATE sharing_disclosure SET retention_review_on = DATE '2020-01-01' WHERE request_id IN (SELECT id FROM sharing_request WHERE case_id = ?)")
                .param(caseId).update();
        jdbc.sql("UPDATE case_file SET created_at = TIMESTAMP WITH TIME ZONE '2012-01-01 10:00:00+00' WHERE id = ?").param(caseId).update();
        jdbc.sql("UPDATE case_person SET created_at = TIMESTAMP WITH TIME ZONE '2012-01-01 10:00:00+00' WHERE case_id = ?").param(caseId).update();
    }

    /** The victim (status only doubted) enters the specialist queue; a caseworker takes her and records advice naming the marker. */
    private void specialistAdvice(PersonRecords.Made made) throws Exception {
        String path = "/api/v1/specialist-queue/people/" + made.victimId();
        String caseworker = tokens.bearer("caseworker");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get(path).header("Authorization", caseworker))
                .andReturn().getResponse().getStatus() == 200);
        mvc.perform(post(path + "/take").header("Authorization", caseworker)).andExpect(status().isOk());
        mvc.perform(post(path + "/advice").header("Authorization", caseworker).contentType("application/json")
                .content("{\"advice\":\"Advised " + made.marker() + " on the concession\",\"givenOn\":\"2026-01-12\"}")).andExpect(status().isOk());
    }

    private String cli() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AuditVerifierCli.run(new String[]{"--url=" + url, "--user=" + user, "--password=" + password,
                "--public-key=" + transparency.verifierKey()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        return printed;
    }

    @Test
    void disposing_of_a_case_leaves_no_classified_column_of_its_people_anywhere_and_the_log_still_verifies() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        specialistAdvice(made);
        List<String> needles = List.of(made.marker(), made.victimId().toString(), made.suspectId().toString(), made.caseId().toString());
        assertThat(holding(needles)).as("the search finds the data before").anyMatch(s -> s.startsWith("case_person."))
                .anyMatch(s -> s.startsWith("specialist_advice.advice holds " + made.marker()))
                .anyMatch(s -> s.startsWith("specialist_queue_entry.")).anyMatch(s -> s.startsWith("specialist_queue_reason."))
                .anyMatch(s -> s.startsWith("referral.")).anyMatch(s -> s.startsWith("notice_given."))
                .anyMatch(s -> s.startsWith("risk_assessment.")).anyMatch(s -> s.startsWith("marac_referral."))
                .anyMatch(s -> s.startsWith("sharing_request.")).anyMatch(s -> s.startsWith("record_history."));
        String dpo = tokens.bearer("dpo");
        mvc.perform(get("/api/v1/audit/entries").param("caseId", made.caseId().toString()).param("action", "BREAK_GLASS")
                        .header("Authorization", tokens.bearer("auditor")))
                .andExpect(jsonPath("$.entries[0].justification").value("Checking risk to " + made.victimGiven() + " tonight"));

        makeDue(made.caseId());
        String selection = "{\"recordIds\":[\"" + made.caseId() + "\"]}";
        mvc.perform(post("/api/v1/retention/disposals/preview").header("Authorization", dpo).contentType("application/json").content(selection))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rowsByTable.case_person").value(2))
                .andExpect(jsonPath("$[0].rowsByTable.referral").value(1))
                .andExpect(jsonPath("$[0].rowsByTable.marac_referral").value(1));
        assertThat(holding(needles)).as("a preview changes nothing").isNotEmpty();

        mvc.perform(post("/api/v1/retention/disposals").header("Authorization", dpo).contentType("application/json")
                        .content("{\"recordIds\":[\"" + made.caseId() + "\"],\"reason\":\"Review period passed, no policing purpose remains\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].type").value("CASE"));

        assertThat(holding(needles)).isEmpty();
        // The log: no entry holds the marker in clear, the reasons about them are unreadable, and it verifies.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE LOWER(COALESCE(justification, '') || COALESCE(details, '') || COALESCE(recipient, '')) LIKE ?")
                .param("%" + made.marker().toLowerCase() + "%").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/audit/entries").param("caseId", made.caseId().toString()).param("action", "BREAK_GLASS")
                        .header("Authorization", tokens.bearer("auditor")))
                .andExpect(jsonPath("$.entries[0].actor").value("officer.b"))
                .andExpect(jsonPath("$.entries[0].justification").value("[erased with the record it was about]"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'ERASURE'").param(made.caseId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(transparency.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        assertThat(log.verify().ok()).as(log.verify().describe()).isTrue();
        cli();
    }

    @Test
    void disposing_of_one_person_removes_them_from_the_case_and_leaves_the_others() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        List<String> victim = List.of(made.victimGiven(), made.victimFamily(), made.victimId().toString(), "refuge " + made.marker(),
                "Evidence " + made.marker(), "Advised " + made.marker());
        specialistAdvice(made);
        assertThat(holding(victim)).anyMatch(h -> h.startsWith("specialist_advice.advice"));
        makeDue(made.caseId());
        mvc.perform(post("/api/v1/retention/disposals").header("Authorization", tokens.bearer("dpo")).contentType("application/json")
                        .content("{\"recordIds\":[\"" + made.victimId() + "\"],\"reason\":\"Victim record past its review\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].type").value("PERSON"));

        assertThat(holding(victim)).isEmpty();
        assertThat(holding(List.of(made.suspectGiven(), "phone " + made.marker()))).as("the suspect stays").isNotEmpty();
        assertThat(jdbc.sql("SELECT summary FROM case_file WHERE id = ?").param(made.caseId()).query(String.class).single())
                .isEqualTo("Victim [removed] reports assaults at home by " + made.suspectGiven() + " " + made.suspectFamily() + ".");
        assertThat(log.verify().ok()).isTrue();
    }

    @Test
    void a_record_not_yet_due_is_not_disposed_of_from_the_queue() throws Exception {
        PersonRecords.Made made = new PersonRecords(mvc, tokens, jdbc).victimWithEverything();
        mvc.perform(post("/api/v1/retention/disposals").header("Authorization", tokens.bearer("dpo")).contentType("application/json")
                        .content("{\"recordIds\":[\"" + made.caseId() + "\"],\"reason\":\"Too early\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_person WHERE case_id = ?").param(made.caseId()).query(Long.class).single()).isEqualTo(2);
    }
}
