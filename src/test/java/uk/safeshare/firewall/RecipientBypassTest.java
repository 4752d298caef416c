package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.Registered;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * The ways round the firewall found by trying it as an attacker would: a recipient category typed to
 * suit, a Home Office body named under another category or not in the register at all. Each is
 * refused or decided as immigration enforcement, and every one is counted for monitoring.
 */
@SafeShareTest
class RecipientBypassTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    private SharingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SharingFixture(mvc, tokens);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private SharingFixture.Request homeOfficeAsk(Person person) {
        return SharingFixture.request(person).with("purpose", "SAFEGUARDING")
                .with("dataCategories", List.of("IDENTITY", "IMMIGRATION_STATUS")).with("consent", "NOT_ASKED");
    }

    @Test
    void a_recipient_category_chosen_by_the_requester_is_refused_and_nothing_is_stored() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long before = count("sharing_request");
        fixture.ask("officer.a", homeOfficeAsk(person).with("organisationId", null).with("recipient", "OTHER_POLICE_FORCE")
                        .with("recipientName", "Home Office Immigration Enforcement"))
                .andExpect(status().isBadRequest());
        assertThat(count("sharing_request")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home Office Immigration Enforcement", "UK Visas and Immigration", "HOIE", "the U.K.V.I.",
            "home-office  immigration enforcement (north)"})
    void a_home_office_body_named_because_it_is_not_in_the_register_is_decided_as_immigration_enforcement_and_counted(
            String typed) throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long counted = count("monitoring_request");
        String body = fixture.ask("officer.a", homeOfficeAsk(person).toUnregistered(typed, "SAFEGUARDING"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recipient").value("IMMIGRATION_ENFORCEMENT"))
                .andExpect(jsonPath("$.recipientName").value(typed))
                .andExpect(jsonPath("$.status").value("PROHIBITED"))
                .andExpect(jsonPath("$.immigrationEnforcement").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(count("monitoring_request")).isEqualTo(counted + 1);
        String id = JsonPath.read(body, "$.id");
        assertThat(jdbc.sql("SELECT recipient_screened FROM sharing_request WHERE id = ?").param(UUID.fromString(id))
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/register/unregistered-names").header("Authorization", tokens.bearer("dpo")))
                .andExpect(jsonPath("$[?(@.screenedAs == 'IMMIGRATION_ENFORCEMENT')].name", hasItem(typed)));
    }

    @Test
    void a_name_that_is_not_the_home_office_is_decided_as_another_organisation_and_queued_for_the_dpo() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long counted = count("monitoring_request");
        fixture.ask("officer.a", SharingFixture.request(person).toUnregistered("Home Start Northmoor", "SAFEGUARDING"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recipient").value("OTHER"))
                .andExpect(jsonPath("$.immigrationEnforcement").value(false));
        assertThat(count("monitoring_request")).isEqualTo(counted);
        mvc.perform(get("/api/v1/register/unregistered-names").header("Authorization", tokens.bearer("dpo")))
                .andExpect(jsonPath("$[?(@.screenedAs == 'OTHER')].name", hasItem("Home Start Northmoor")));
        mvc.perform(get("/api/v1/register/unregistered-names").header("Authorization", tokens.bearer("officer.a")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_registered_home_office_body_is_decided_by_its_register_category_and_counted() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        long counted = count("monitoring_request");
        fixture.ask("officer.a", homeOfficeAsk(person).with("organisationId", Registered.UK_VISAS_AND_IMMIGRATION))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recipient").value("OTHER_HOME_OFFICE"))
                .andExpect(jsonPath("$.status").value("PROHIBITED"));
        assertThat(count("monitoring_request")).isEqualTo(counted + 1);
    }

    @Test
    void the_directory_refuses_a_specialist_organisation_named_after_the_home_office() throws Exception {
        mvc.perform(post("/api/v1/directory").header("Authorization", tokens.bearer("caseworker"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"UK Visas and Immigration","specialisms":["IMMIGRATION_ADVICE"],"areas":["Northmoor"],
                                 "contactRoutes":"Online","active":true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(containsString("Home Office")));
    }

    @Test
    void an_organisation_registered_under_a_home_office_name_is_immigration_enforcement_and_the_dpo_cannot_make_it_anything_else()
            throws Exception {
        String created = mvc.perform(post("/api/v1/register").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Northmoor Immigration Liaison","aliases":["HOIE Northmoor"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("IMMIGRATION_ENFORCEMENT"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/v1/register/" + id + "/category").header("Authorization", tokens.bearer("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"SPECIALIST_ORGANISATION\",\"reason\":\"A partner\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.category").value(containsString("Home Office")));
        mvc.perform(get("/api/v1/register/" + id).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.category").value("IMMIGRATION_ENFORCEMENT"));
    }

    @Test
    void an_alias_naming_the_home_office_cannot_be_added_to_an_organisation_of_another_category() throws Exception {
        String created = mvc.perform(post("/api/v1/register").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Eastfield Community Hub\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.category").value("OTHER"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(put("/api/v1/register/" + id).header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Eastfield Community Hub\",\"aliases\":[\"UKVI desk\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.aliases").value(containsString("Home Office")));
    }

    @Test
    void a_typed_home_office_name_on_the_question_page_is_decided_as_immigration_enforcement() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Cookie session = mvc.perform(formLogin("/sign-in").user("officer.a").password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        long counted = count("monitoring_request");
        String location = mvc.perform(post("/cases/" + person.caseId() + "/people/" + person.personId() + "/sharing-requests")
                        .cookie(session).with(csrf())
                        .param("organisationId", "not-registered").param("recipientName", "H.O.I.E.")
                        .param("purpose", "SAFEGUARDING").param("pathwayStage", "INITIAL_REPORT")
                        .param("dataCategories", "IDENTITY").param("lawfulBasis", "LAW_ENFORCEMENT_NECESSITY")
                        .param("justification", "Asked by a caller").param("consent", "NOT_ASKED")
                        .param("suspectedOfOtherOffence", "no").param("threatToLife", "no"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(session))
                .andExpect(content().string(containsString("Home Office Immigration Enforcement")))
                .andExpect(content().string(containsString("H.O.I.E.")));
        assertThat(count("monitoring_request")).isEqualTo(counted + 1);
    }

    @Test
    void the_question_page_finds_a_registered_organisation_by_its_acronym() throws Exception {
        Person person = fixture.domesticAbuseVictimWithDoubts();
        Cookie session = mvc.perform(formLogin("/sign-in").user("officer.a").password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        mvc.perform(get("/cases/" + person.caseId() + "/people/" + person.personId() + "/sharing-requests/new")
                        .param("q", "NCCS").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northmoor Council Children&#39;s Services")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Westshire Police"))));
    }

    @Test
    void a_later_change_to_the_register_does_not_change_a_decision_already_made() throws Exception {
        String created = mvc.perform(post("/api/v1/register").header("Authorization", tokens.bearer("caseworker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Southfield Family Centre\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String org = JsonPath.read(created, "$.id");
        Person person = fixture.domesticAbuseVictimWithDoubts();
        String id = fixture.askForId(SharingFixture.request(person).with("organisationId", org));
        mvc.perform(get("/api/v1/sharing-requests/" + id).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.recipient").value("OTHER"))
                .andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));

        mvc.perform(put("/api/v1/register/" + org + "/category").header("Authorization", tokens.bearer("caseworker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"LOCAL_AUTHORITY\",\"reason\":\"Council run\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/register/" + org + "/category").header("Authorization", tokens.bearer("dpo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"LOCAL_AUTHORITY\",\"reason\":\"Council run\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE details LIKE ? AND justification = 'Council run'")
                .param("%Southfield Family Centre%LOCAL_AUTHORITY%").query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/api/v1/sharing-requests/" + id).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.recipient").value("OTHER"))
                .andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));
        String again = fixture.askForId(SharingFixture.request(person).with("organisationId", org));
        mvc.perform(get("/api/v1/sharing-requests/" + again).header("Authorization", tokens.bearer("officer.a")))
                .andExpect(jsonPath("$.recipient").value("LOCAL_AUTHORITY"))
                .andExpect(jsonPath("$.status").value("PERMITTED"));
    }
}
