package uk.safeshare.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import static org.hamcrest.Matchers.containsString;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * A referral without consent is a sharing request to an organisation named by its register id; the
 * referral is made in the transaction that records the disclosure, or the disclosure is refused.
 */
@SafeShareTest
class ReferralWithoutConsentTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    private ResultActions send(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).header("Authorization", tokens.bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private record Person(String caseId, String personId) {
        String referrals() {
            return "/api/v1/cases/" + caseId + "/people/" + personId + "/referrals";
        }
    }

    private Person victim(String given, String family) throws Exception {
        String caseId = JsonPath.read(send("officer.a", "/api/v1/cases", TestData.aReport().json()).andReturn().getResponse().getContentAsString(), "$.id");
        String personId = JsonPath.read(send("officer.a", "/api/v1/cases/" + caseId + "/people", TestData.aVictim().named(given, family).json())
                .andReturn().getResponse().getContentAsString(), "$.id");
        return new Person(caseId, personId);
    }

    private String registerId(String search) throws Exception {
        String found = mvc.perform(get("/api/v1/register").param("q", search).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(found, "$[0].id");
    }

    private String override(Person person, String recipient) {
        return """
                {"caseId":"%s","personId":"%s",%s,
                 "purpose":"SUPPORT_REFERRAL","pathwayStage":"SAFEGUARDING_AND_SUPPORT","dataCategories":["IDENTITY","CONTACT_DETAILS"],
                 "lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","consent":"REFUSED",
                 "justification":"Children at risk; refuge place needed tonight and she is too frightened to agree."}"""
                .formatted(person.caseId(), person.personId(), recipient);
    }

    /** Reviews whatever the decision asks for, approving, so that the request is permitted. */
    private void approve(String request) throws Exception {
        String id = JsonPath.read(request, "$.id");
        if ("AWAITING_REVIEW".equals(JsonPath.read(request, "$.status"))) {
            List<String> reviewers = JsonPath.read(request, "$.reviewsOutstanding");
            for (String capacity : reviewers) {
                send(capacity.equals("DPO") ? "dpo" : "sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                        "{\"verdict\":\"APPROVE\",\"reasons\":\"Proportionate: immediate safeguarding need\"" +
                                (capacity.equals("DPO") ? ",\"capacity\":\"DPO\"" : "") + "}").andExpect(status().isOk());
            }
        }
    }

    private ResultActions disclose(String id) throws Exception {
        return send("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"],\"onlyMinimumShared\":true}");
    }

    @Test
    void an_override_names_the_organisation_by_register_id_and_becomes_a_referral_when_disclosed() throws Exception {
        Person person = victim("Hana", "Yilmaz");
        // Found by a name typed without the apostrophe, as the register's search compares names.
        String harbour = registerId("Harbour Migrant Womens Project");
        String request = send("officer.a", "/api/v1/sharing-requests", override(person, "\"organisationId\":\"" + harbour + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(request, "$.id");
        mvc.perform(get(person.referrals()).header("Authorization", tokens.bearer("officer.a"))).andExpect(jsonPath("$.length()").value(0));
        approve(request);
        disclose(id).andExpect(status().isOk());

        String made = mvc.perform(get(person.referrals()).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].basis").value("OVERRIDE"))
                .andExpect(jsonPath("$[0].serviceName").value("Harbour Migrant Women's Project"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(made, "$[0].overrideJustification")).contains("too frightened to agree");
        String referralId = JsonPath.read(made, "$[0].id");
        mvc.perform(get("/api/v1/partner/referrals/" + referralId).header("Authorization", tokens.bearer("partner.harbour")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharedDetails.Name").value("Hana Yilmaz"))
                .andExpect(jsonPath("$.sharedDetails['Safe contact method and details']").doesNotExist());
    }

    @Test
    void an_override_to_a_typed_name_is_refused_before_anything_is_decided() throws Exception {
        Person person = victim("Mina", "Karimi");
        long before = jdbc.sql("SELECT COUNT(*) FROM sharing_request").query(Long.class).single();
        send("officer.a", "/api/v1/sharing-requests", override(person, "\"recipientName\":\"Harbour Migrant Womens Project\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.organisationId").value(containsString("register")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sharing_request").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_disclosure_whose_referral_cannot_be_made_is_refused_with_the_reason_and_nothing_is_recorded() throws Exception {
        Person person = victim("Sara", "Haile");
        // In the register, but not in the directory of specialist organisations: no referral can be made to it.
        String housing = uk.safeshare.support.Registered.HOUSING_ASSOCIATION;
        String request = send("officer.a", "/api/v1/sharing-requests", override(person, "\"organisationId\":\"" + housing + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(request, "$.id");
        approve(request);
        long disclosuresBefore = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE'").query(Long.class).single();

        disclose(id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("no referral can be made")));

        mvc.perform(get("/api/v1/sharing-requests/" + id).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.status").value("PERMITTED"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sharing_disclosure WHERE request_id = ?").param(java.util.UUID.fromString(id))
                .query(Long.class).single()).isZero();
        mvc.perform(get(person.referrals()).header("Authorization", tokens.bearer("officer.a"))).andExpect(jsonPath("$.length()").value(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE'").query(Long.class).single())
                .isEqualTo(disclosuresBefore);
    }
}
