package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.StatementCounter;
import uk.safeshare.support.Tokens;

/**
 * What one sharing request costs the database through the API (docs/benchmarks.md): one writing
 * transaction, its statements few and batched, and two audit entries written with it.
 */
@SafeShareTest
@Import(StatementCounter.class)
class SharingRequestCostTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void a_sharing_request_through_the_api_is_one_transaction_with_its_audit_entries_in_it() throws Exception {
        SharingFixture fixture = new SharingFixture(mvc, tokens);
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String bearer = tokens.bearer("officer.a");
        // The token's first use records its address; measure a later one, as under load.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/sharing-requests")
                .header("Authorization", bearer).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(SharingFixture.request(person).json())).andExpect(status().isCreated());

        long entriesBefore = entries();
        MvcResult[] answer = new MvcResult[1];
        StatementCounter.Counts counts = StatementCounter.during(() -> answer[0] = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/sharing-requests")
                                .header("Authorization", bearer).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                                .content(SharingFixture.request(person).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION").json()))
                .andExpect(status().isCreated()).andReturn());
        System.out.println("One sharing request through the API: " + counts);

        String id = JsonPath.read(answer[0].getResponse().getContentAsString(), "$.id");
        assertThat(JsonPath.<String>read(answer[0].getResponse().getContentAsString(), "$.obligations[0].status")).isEqualTo("OWED");
        // The bearer token's look-up (read only) and the request's one writing transaction.
        assertThat(counts.commits).as(counts.toString()).isEqualTo(2);
        assertThat(counts.rollbacks).isZero();
        // 21 when the one-transaction change was measured; since then two checks read the records they depend on:
        // whether the person's processing is restricted (one query) and whether the asker has read the protocol in
        // force (three: the version, their reading, the force's setting).
        assertThat(counts.statements).as(counts.toString()).hasSizeLessThanOrEqualTo(25);
        // The person looked up for the decision (a consultation, by the cases module) and the request collected.
        assertThat(entries() - entriesBefore).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sharing_request WHERE id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isEqualTo(1);
    }

    private long entries() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
    }
}
