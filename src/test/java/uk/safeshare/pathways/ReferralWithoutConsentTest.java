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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * A referral without the person's consent is not a referral form at all: it is a sharing request to
 * the organisation for a support referral, which the protocol (and any review) decides; recording
 * the permitted disclosure makes the referral, carrying only what was disclosed and the justification.
 */
@SafeShareTest
class ReferralWithoutConsentTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;

    private ResultActions send(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).header("Authorization", tokens.bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void an_override_goes_through_the_firewall_and_becomes_a_referral_only_when_disclosed() throws Exception {
        String caseId = JsonPath.read(send("officer.a", "/api/v1/cases", TestData.aReport().json()).andReturn().getResponse().getContentAsString(), "$.id");
        String personId = JsonPath.read(send("officer.a", "/api/v1/cases/" + caseId + "/people", TestData.aVictim().named("Hana", "Yilmaz").json())
                .andReturn().getResponse().getContentAsString(), "$.id");
        String request = send("officer.a", "/api/v1/sharing-requests", """
                {"caseId":"%s","personId":"%s","recipient":"SPECIALIST_ORGANISATION","recipientName":"Harbour Migrant Women's Project",
                 "purpose":"SUPPORT_REFERRAL","pathwayStage":"SAFEGUARDING_AND_SUPPORT","dataCategories":["IDENTITY","CONTACT_DETAILS"],
                 "lawfulBasis":"LAW_ENFORCEMENT_NECESSITY","consent":"REFUSED",
                 "justification":"Children at risk; refuge place needed tonight and she is too frightened to agree."}"""
                .formatted(caseId, personId)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(request, "$.id");
        String referrals = "/api/v1/cases/" + caseId + "/people/" + personId + "/referrals";

        if ("AWAITING_REVIEW".equals(JsonPath.read(request, "$.status"))) {
            mvc.perform(get(referrals).header("Authorization", tokens.bearer("officer.a"))).andExpect(jsonPath("$.length()").value(0));
            List<String> reviewers = JsonPath.read(request, "$.reviewsOutstanding");
            for (String capacity : reviewers) {
                send(capacity.equals("DPO") ? "dpo" : "sergeant", "/api/v1/sharing-requests/" + id + "/reviews",
                        "{\"verdict\":\"APPROVE\",\"reasons\":\"Proportionate: immediate safeguarding need\"" +
                                (capacity.equals("DPO") ? ",\"capacity\":\"DPO\"" : "") + "}").andExpect(status().isOk());
            }
        }
        send("officer.a", "/api/v1/sharing-requests/" + id + "/disclosure",
                "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"],\"onlyMinimumShared\":true}")
                .andExpect(status().isOk());

        String made = mvc.perform(get(referrals).header("Authorization", tokens.bearer("officer.a")))
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
}
