package uk.safeshare.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class PathwaysApiTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    String officer;
    String caseId;
    String personId;

    @BeforeEach
    void aVictimOnACase() throws Exception {
        officer = tokens.bearer("officer.a");
        String c = send(post("/api/v1/cases"), officer, TestData.aReport().json()).andReturn().getResponse().getContentAsString();
        caseId = JsonPath.read(c, "$.id");
        String p = send(post("/api/v1/cases/" + caseId + "/people"), officer, TestData.aVictim().json())
                .andReturn().getResponse().getContentAsString();
        personId = JsonPath.read(p, "$.id");
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String bearer,
                               String body) throws Exception {
        return mvc.perform(request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String serviceId(String name) throws Exception {
        String all = mvc.perform(get("/api/v1/directory").header("Authorization", officer)).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(all, "$[?(@.name == \"" + name + "\")].id").getFirst();
    }

    private String referral(String service, String needs, String fields) {
        return """
                {"supportServiceId":"%s","needs":[%s],"basis":"CONSENT","consentGivenBy":"the victim herself",
                 "consentGivenAt":"%s","consentMethod":"THROUGH_INTERPRETER","sharedFields":[%s],"intermediary":true}"""
                .formatted(service, needs, Instant.now().minusSeconds(60), fields);
    }

    private String referToHarbour() throws Exception {
        String body = send(post("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals"), officer,
                referral(serviceId("Harbour Migrant Women's Project"), "\"MIGRANT_BAME_LED_SUPPORT\"", "\"NAME\",\"LANGUAGE\",\"SAFE_CONTACT\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void the_directory_is_searched_by_need_language_and_area() throws Exception {
        mvc.perform(get("/api/v1/directory?need=IMMIGRATION_ADVICE&language=ro&area=northmoor").header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.hasItem("Northmoor Immigration Advice Centre")))
                .andExpect(jsonPath("$[*].name").value(not(org.hamcrest.Matchers.hasItem("Harbour Migrant Women's Project"))))
                .andExpect(jsonPath("$[0].regulatedAdviser").value(true));
        mvc.perform(get("/api/v1/directory?need=TELEPATHY").header("Authorization", officer)).andExpect(status().isBadRequest());
    }

    @Test
    void a_consented_referral_passes_only_the_consented_fields_to_the_partner_who_works_it_to_a_close() throws Exception {
        String referralId = referToHarbour();
        String partner = tokens.bearer("partner.harbour");

        mvc.perform(get("/api/v1/partner/referrals/" + referralId).header("Authorization", partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharedDetails.Name").value("Amina Haddad"))
                .andExpect(jsonPath("$.sharedDetails['Language and interpreter need']").value("Arabic, interpreter needed"))
                .andExpect(jsonPath("$.sharedDetails", not(hasKey("What is known about immigration status"))))
                .andExpect(jsonPath("$.sharedDetails", not(hasKey("Nationality"))))
                .andExpect(jsonPath("$.caseId").doesNotExist())
                .andExpect(jsonPath("$.intermediary").value(true));

        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), partner, "{\"status\":\"CLOSED\",\"reason\":\"x\"}")
                .andExpect(status().isBadRequest());
        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), partner, "{\"status\":\"ACCEPTED\"}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), partner, "{\"status\":\"IN_PROGRESS\",\"note\":\"First meeting booked\"}")
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), partner, "{\"status\":\"CLOSED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.reason").exists());
        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), partner,
                "{\"status\":\"CLOSED\",\"reason\":\"Housed in refuge; immigration advice arranged\"}")
                .andExpect(jsonPath("$.status").value("CLOSED"));

        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals/" + referralId).header("Authorization", officer))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("Housed in refuge; immigration advice arranged"))
                .andExpect(jsonPath("$.notes.length()").value(4));

        long disclosures = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'DISCLOSURE' AND case_id = ? AND recipient = ?")
                .params(UUID.fromString(caseId), "Harbour Migrant Women's Project").query(Long.class).single();
        assertThat(disclosures).isEqualTo(1);
    }

    @Test
    void another_organisations_referral_is_not_found_and_the_attempt_is_audited() throws Exception {
        String referralId = referToHarbour();
        String otherPartner = tokens.bearer("partner.advice");
        mvc.perform(get("/api/v1/partner/referrals/" + referralId).header("Authorization", otherPartner)).andExpect(status().isNotFound());
        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), otherPartner, "{\"status\":\"ACCEPTED\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partner/referrals").header("Authorization", otherPartner))
                .andExpect(jsonPath("$[*].id").value(not(org.hamcrest.Matchers.hasItem(referralId))));
        long denied = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_DENIED' AND actor = 'partner.advice' AND details LIKE ?")
                .param("%" + referralId + "%").query(Long.class).single();
        assertThat(denied).isEqualTo(2);
    }

    @Test
    void a_partner_cannot_open_any_case_page_or_api() throws Exception {
        String partner = tokens.bearer("partner.harbour");
        mvc.perform(get("/api/v1/cases/" + caseId).header("Authorization", partner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals").header("Authorization", partner))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/directory").header("Authorization", partner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/partner/referrals").header("Authorization", officer)).andExpect(status().isForbidden());
    }

    @Test
    void consent_that_is_missing_or_contradictory_is_refused_and_nothing_is_stored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single();
        String service = serviceId("Harbour Migrant Women's Project");
        String url = "/api/v1/cases/" + caseId + "/people/" + personId + "/referrals";
        send(post(url), officer, "{\"supportServiceId\":\"" + service + "\",\"needs\":[\"MIGRANT_BAME_LED_SUPPORT\"],\"basis\":\"CONSENT\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.consentGivenBy").exists())
                .andExpect(jsonPath("$.errors.consentMethod").exists())
                .andExpect(jsonPath("$.errors.sharedFields").exists());
        send(post(url), officer, referral(service, "\"MIGRANT_BAME_LED_SUPPORT\"", "\"NAME\"")
                .replace("\"intermediary\":true", "\"intermediary\":true,\"overrideJustification\":\"we decided anyway\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.overrideJustification").value(containsString("contradict")));
        send(post(url), officer, referral(service, "\"MIGRANT_BAME_LED_SUPPORT\"", "\"NAME\"").replace("\"CONSENT\"", "\"OVERRIDE\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.basis").value(containsString("safeguarding protocol")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_referral_to_an_organisation_that_does_not_offer_the_need_is_refused() throws Exception {
        send(post("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals"), officer,
                referral(serviceId("Harbour Migrant Women's Project"), "\"IMMIGRATION_ADVICE\"", "\"NAME\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.needs").value(containsString("does not offer Immigration advice")));
    }

    @Test
    void a_third_party_report_needs_no_identity_is_triaged_and_becomes_a_case_only_with_consent() throws Exception {
        String partner = tokens.bearer("partner.harbour");
        String report = send(post("/api/v1/third-party-reports"), partner, """
                {"crimeType":"DOMESTIC_ABUSE","area":"Eastfield","whatHappened":"A woman we support is hit by her husband.",
                 "victimWishes":"Wants it on record; not ready to talk to police","policeMayContact":false}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reference").value(containsString("TPR-")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(report, "$.id");
        send(post("/api/v1/third-party-reports"), partner, "{\"crimeType\":\"DOMESTIC_ABUSE\",\"area\":\"x\",\"whatHappened\":\"y\","
                + "\"victimWishes\":\"z\",\"policeMayContact\":true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.contactRoute").exists());

        String caseworker = tokens.bearer("caseworker");
        mvc.perform(get("/api/v1/third-party-reports").header("Authorization", caseworker))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.hasItem(id)));
        send(post("/api/v1/third-party-reports/" + id + "/triage"), caseworker, "{\"status\":\"BECAME_CASE\",\"victimConsentedToACase\":false}")
                .andExpect(status().isBadRequest());
        String triaged = send(post("/api/v1/third-party-reports/" + id + "/triage"), caseworker,
                "{\"status\":\"BECAME_CASE\",\"victimConsentedToACase\":true,\"note\":\"Victim agreed via Harbour\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("BECAME_CASE"))
                .andReturn().getResponse().getContentAsString();
        String newCase = JsonPath.read(triaged, "$.caseId");
        mvc.perform(get("/api/v1/cases/" + newCase).header("Authorization", caseworker))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary").value(containsString("A woman we support")));

        mvc.perform(get("/api/v1/third-party-reports/" + id).header("Authorization", tokens.bearer("partner.advice")))
                .andExpect(status().isNotFound());
        send(post("/api/v1/third-party-reports"), officer, "{}").andExpect(status().isForbidden());
    }

    @Test
    void a_csv_import_stores_nothing_unless_every_row_is_good_and_reports_each_bad_row() throws Exception {
        String caseworker = tokens.bearer("caseworker");
        String header = "name,description,specialisms,languages,areas,contact_routes,capacity_notes,regulated_adviser,active\n";
        String bad = header
                + "Good Org " + UUID.randomUUID() + ",Fine,IDVA,en,Eastfield,phone,,false,true\n"
                + "Bad Codes,,TELEPATHY,xx,Eastfield,phone,,maybe,true\n"
                + "\"<script>alert(1)</script>\",,IDVA,en,Eastfield,phone,,false,true\n";
        long before = jdbc.sql("SELECT COUNT(*) FROM support_service").query(Long.class).single();
        mvc.perform(post("/api/v1/directory/import").header("Authorization", caseworker).contentType("text/csv").content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.stored").value(0))
                .andExpect(jsonPath("$.problems[*].row").value(org.hamcrest.Matchers.contains(3, 4)))
                .andExpect(jsonPath("$.problems[0].problem").value(containsString("TELEPATHY")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM support_service").query(Long.class).single()).isEqualTo(before);

        String name = "Imported Org " + UUID.randomUUID();
        mvc.perform(post("/api/v1/directory/import").header("Authorization", caseworker).contentType("text/csv")
                        .content(header + "\"" + name + "\",\"Advice, advocacy\",IMMIGRATION_ADVICE;LEGAL_ADVICE,en;ar,Eastfield;Westfield,phone,,true,true\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
        mvc.perform(get("/api/v1/directory/export").header("Authorization", caseworker))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(containsString(name)));
        mvc.perform(post("/api/v1/directory/import").header("Authorization", officer).contentType("text/csv").content(header))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_officer_follows_their_referrals_and_is_told_on_the_home_page_when_a_partner_answers_one() throws Exception {
        jakarta.servlet.http.Cookie page = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/sign-in").user("officer.a").password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        String referralId = referToHarbour();
        String reference = jdbc.sql("SELECT reference FROM referral WHERE id = ?").param(java.util.UUID.fromString(referralId))
                .query(String.class).single();
        mvc.perform(get("/my-referrals").cookie(page))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString(reference)));
        mvc.perform(get("/").cookie(page)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(not(org.hamcrest.Matchers.containsString("of your referrals"))));

        send(post("/api/v1/partner/referrals/" + referralId + "/updates"), tokens.bearer("partner.harbour"), "{\"status\":\"ACCEPTED\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/").cookie(page)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("A partner has answered 1 of your referrals.")));
        mvc.perform(get("/my-referrals").cookie(page)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(page)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(not(org.hamcrest.Matchers.containsString("of your referrals"))));
        mvc.perform(get("/my-referrals").cookie(mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                        .formLogin("/sign-in").user("partner.harbour").password(TestData.PASSWORD))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION"))).andExpect(status().isForbidden());
    }
}
