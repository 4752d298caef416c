package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;

/** A replay decides on the category each request stored, unless the data protection officer asks for today's register. */
@SafeShareTest
class ReplayOnTodaysRegisterTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    private SharingFixture fixture;
    private ProtocolFiles files;

    @BeforeEach
    void setUp() {
        fixture = new SharingFixture(mvc, tokens);
        files = new ProtocolFiles(mvc, tokens);
    }

    private List<String> changed(String draft, boolean todaysRegister) throws Exception {
        String location = mvc.perform(post("/api/v1/protocol/drafts/" + draft + "/replays")
                        .param("todaysRegister", Boolean.toString(todaysRegister)).header("Authorization", tokens.bearer("dpo")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.todaysRegister").value(todaysRegister))
                .andReturn().getResponse().getHeader("Location");
        String result = files.finished(location.substring(location.lastIndexOf('/') + 1));
        assertThat((String) JsonPath.read(result, "$.status")).isEqualTo("DONE");
        return JsonPath.read(result, "$.changes[*].requestId");
    }

    @Test
    void a_register_change_after_a_decision_changes_a_replay_only_on_todays_register() throws Exception {
        String created = mvc.perform(post("/api/v1/register").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Westfield Family Support " + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String org = JsonPath.read(created, "$.id");
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).with("organisationId", org));
        mvc.perform(put("/api/v1/register/" + org + "/category").header("Authorization", tokens.bearer("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"LOCAL_AUTHORITY\",\"reason\":\"Run by the council\"}"))
                .andExpect(status().isOk());

        String draft = files.draft(ProtocolFiles.withId(ProtocolFiles.defaultProtocol(), "safeshare-default-2026.1",
                "same-as-default-" + UUID.randomUUID()));
        assertThat(changed(draft, false)).as("on the stored facts the same protocol decides the same").doesNotContain(id);
        assertThat(changed(draft, true)).as("on today's register the recipient is now a local authority").contains(id);
    }
}
