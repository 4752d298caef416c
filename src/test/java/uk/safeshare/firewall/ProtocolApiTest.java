package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.firewall.protocol.ProtocolDocument;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

@SafeShareTest
class ProtocolApiTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    SharingFixture fixture;
    ProtocolFiles files;

    @BeforeEach
    void setUp() {
        fixture = new SharingFixture(mvc, tokens);
        files = new ProtocolFiles(mvc, tokens);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private ResultActions postDraft(String username, String file) throws Exception {
        return mvc.perform(post("/api/v1/protocol/drafts").header("Authorization", tokens.bearer(username))
                .contentType("application/yaml").content(file));
    }

    @Test
    void the_default_protocol_is_published_on_first_start_and_kept_with_its_content_hash() {
        var row = jdbc.sql("SELECT content, content_hash, published_by FROM protocol_version WHERE id = 'safeshare-default-2026.1'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row.get(1)).isEqualTo(ProtocolDocument.contentHash(row.get(0))).startsWith("sha256:");
        assertThat(row.get(2)).isEqualTo("system");
    }

    @Test
    void everyone_signed_in_can_read_the_protocol_in_force_with_every_rule_its_text_and_source() throws Exception {
        for (String user : new String[]{"officer.a", "partner.harbour", "analyst"}) {
            mvc.perform(get("/api/v1/protocol").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.inForce").value(true))
                    .andExpect(jsonPath("$.contentHash").value(startsWith("sha256:")))
                    .andExpect(jsonPath("$.rules", hasSize(14)))
                    .andExpect(jsonPath("$.rules[0].id").value("domestic-abuse-victim-doubt-only"))
                    .andExpect(jsonPath("$.rules[0].source").value(containsString("recommendation 1")))
                    .andExpect(jsonPath("$.settings[0].name").value("doubtOnlyProhibitionCovers"));
        }
        mvc.perform(get("/api/v1/protocol/versions/safeshare-default-2026.1/file").header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id: safeshare-default-2026.1")));
        mvc.perform(get("/api/v1/protocol/versions/no-such-version").header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_dpo_drafts_a_version_replays_it_sees_which_decisions_would_change_and_publishes_it() throws Exception {
        Person witness = fixture.person("OTHER", "WITNESS", "CONCERNS_OR_DOUBTS_ONLY", null, "1980-03-03");
        Person victim = fixture.domesticAbuseVictimWithDoubts();
        String witnessRequest = fixture.askForId(SharingFixture.request(witness).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        String victimRequest = fixture.askForId(SharingFixture.request(victim).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        String before = files.inForce();

        String draft = files.draft(ProtocolFiles.allVictimsExample());
        assertThat(files.inForce()).as("a draft is not in force").isEqualTo(before);

        String replay = mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/replays").header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        String result = files.finished(replay.substring(replay.lastIndexOf('/') + 1));
        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("DONE");
        List<String> changed = JsonPath.read(result, "$.changes[*].requestId");
        assertThat(changed).contains(witnessRequest).doesNotContain(victimRequest);
        assertThat((List<String>) JsonPath.read(result, "$.changes[?(@.requestId == '" + witnessRequest + "')].after"))
                .containsExactly("Sharing is prohibited");
        assertThat((List<String>) JsonPath.read(result, "$.changes[?(@.requestId == '" + witnessRequest + "')].before"))
                .first().asString().startsWith("Referred for review");
        assertThat((int) JsonPath.read(result, "$.total")).isEqualTo((int) count("sharing_request"));

        try {
            files.publish(draft);
            String published = files.inForce();
            assertThat(published).startsWith("all-victims-");
            fixture.ask("officer.a", SharingFixture.request(witness).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.status").value("PROHIBITED"))
                    .andExpect(jsonPath("$.decision.protocol.id").value(published))
                    .andExpect(jsonPath("$.decision.rules[0].ruleId").value("all-victims-and-witnesses-doubt-only"));
            mvc.perform(get("/api/v1/sharing-requests/" + witnessRequest).header("Authorization", tokens.bearer("officer.a")))
                    .andExpect(jsonPath("$.status").value("AWAITING_REVIEW"))
                    .andExpect(jsonPath("$.decision.protocol.id").value(before));
            mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/publish").header("Authorization", tokens.bearer("dpo")))
                    .andExpect(status().isConflict());
        } finally {
            files.restoreDefault();
        }
    }

    @Test
    void a_bad_protocol_file_is_refused_with_every_problem_listed_and_nothing_stored() throws Exception {
        String before = files.inForce();
        long drafts = count("protocol_draft");
        long versions = count("protocol_version");
        String bad = ProtocolFiles.withId(ProtocolFiles.defaultProtocol(), "safeshare-default-2026.1", "bad-2026.2")
                .replace("  threat-to-life:\n", "  threat-to-life-or-limb:\n")
                .replace("retentionDays: 2190", "retentionDays: forever");
        postDraft("dpo", bad)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems").isArray())
                .andExpect(jsonPath("$.problems[*]").value(hasItem(containsString("rules.threat-to-life-or-limb: unknown rule"))))
                .andExpect(jsonPath("$.problems[*]").value(hasItem(containsString("settings.retentionDays"))))
                .andExpect(jsonPath("$.problems[*]").value(hasItem(containsString("rules.threat-to-life: missing"))));
        postDraft("dpo", "id: [unclosed").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(containsString("not valid YAML")));
        postDraft("dpo", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(containsString("empty")));
        postDraft("dpo", ProtocolFiles.defaultProtocol()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*]").value(hasItem(containsString("already the id of a published version"))));
        assertThat(count("protocol_draft")).isEqualTo(drafts);
        assertThat(count("protocol_version")).isEqualTo(versions);
        assertThat(files.inForce()).isEqualTo(before);
    }

    @Test
    void a_replay_can_cover_a_date_range_and_a_backwards_range_is_refused() throws Exception {
        String draft = files.draft(ProtocolFiles.allVictimsExample());
        String location = mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/replays?from=2001-01-01&to=2001-12-31")
                        .header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String result = files.finished(location.substring(location.lastIndexOf('/') + 1));
        assertThat((int) JsonPath.read(result, "$.total")).isZero();
        assertThat((List<?>) JsonPath.read(result, "$.changes")).isEmpty();
        mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/replays?from=2026-02-01&to=2026-01-01")
                        .header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").exists());
        mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/replays?from=yesterday").header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void only_the_dpo_drafts_replays_and_publishes() throws Exception {
        String draft = files.draft(ProtocolFiles.allVictimsExample());
        for (String user : new String[]{"officer.a", "sergeant", "caseworker", "partner.harbour", "analyst", "admin"}) {
            postDraft(user, ProtocolFiles.allVictimsExample()).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/publish").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/replays").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/protocol/drafts").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
        }
    }
}
