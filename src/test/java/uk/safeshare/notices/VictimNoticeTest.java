package uk.safeshare.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** The notice a victim is given matches what the protocol says and what was actually asked, shared and arranged. */
@SafeShareTest
class VictimNoticeTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;

    String officer;
    String caseId;
    String personId;

    @BeforeEach
    void aDomesticAbuseVictimWithOnlyDoubts() throws Exception {
        officer = tokens.bearer("officer.a");
        caseId = JsonPath.read(send("/api/v1/cases", TestData.aReport().json()).andReturn().getResponse().getContentAsString(), "$.id");
        personId = JsonPath.read(send("/api/v1/cases/" + caseId + "/people", TestData.aVictim().named("Layla", "Nasser").json())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions send(String url, String json) throws Exception {
        return mvc.perform(post(url).header("Authorization", officer).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String ask(String recipient, String purpose) throws Exception {
        String body = send("/api/v1/sharing-requests", """
                {"caseId":"%s","personId":"%s","organisationId":"%s","purpose":"%s","pathwayStage":"INITIAL_REPORT",
                 "dataCategories":["IDENTITY","CONTACT_DETAILS"],"lawfulBasis":"LAW_ENFORCEMENT_NECESSITY",
                 "justification":"The victim is at continuing risk of harm from the suspect.","consent":"GIVEN"}"""
                .formatted(caseId, personId, uk.safeshare.support.Registered.in(recipient), purpose)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String notice() throws Exception {
        return mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/notice").header("Authorization", officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_notice_says_nothing_goes_to_immigration_enforcement_and_lists_the_refused_request_the_disclosure_and_the_referral()
            throws Exception {
        ask("IMMIGRATION_ENFORCEMENT", "INVESTIGATION");
        String safeguarding = ask("LOCAL_AUTHORITY", "SAFEGUARDING");
        send("/api/v1/sharing-requests/" + safeguarding + "/disclosure",
                "{\"lawfulBasis\":\"LAW_ENFORCEMENT_NECESSITY\",\"dataCategories\":[\"IDENTITY\"]}").andExpect(status().isOk());
        String services = mvc.perform(get("/api/v1/directory?need=MIGRANT_BAME_LED_SUPPORT").header("Authorization", officer))
                .andReturn().getResponse().getContentAsString();
        String harbour = JsonPath.<List<String>>read(services, "$[?(@.name == \"Harbour Migrant Women's Project\")].id").getFirst();
        send("/api/v1/cases/" + caseId + "/people/" + personId + "/referrals", """
                {"supportServiceId":"%s","needs":["MIGRANT_BAME_LED_SUPPORT"],"basis":"CONSENT","consentGivenBy":"the victim",
                 "consentGivenAt":"%s","consentMethod":"IN_PERSON","sharedFields":["NAME"],"intermediary":true}"""
                .formatted(harbour, Instant.now().minusSeconds(30))).andExpect(status().isCreated());

        String notice = notice();
        assertThat(notice).as("apostrophes are written once").doesNotContain("''");
        assertThat((String) JsonPath.read(notice, "$.forWhom")).isEqualTo("For Layla Nasser");
        assertThat((String) JsonPath.read(notice, "$.immigration.paragraphs[0]")).startsWith("No. Under our published safeguarding protocol");
        assertThat(JsonPath.<List<String>>read(notice, "$.refused.paragraphs")).singleElement().asString()
                .contains("Immigration Enforcement").contains("not allowed");
        assertThat(JsonPath.<List<String>>read(notice, "$.shared.paragraphs")).anySatisfy(p -> assertThat(p)
                .contains("Northmoor Council Children's Services").contains("name, date of birth and identity documents"));
        assertThat(JsonPath.<List<String>>read(notice, "$.help.paragraphs"))
                .anySatisfy(p -> assertThat(p).contains("We have referred you to Harbour Migrant Women's Project"))
                .anySatisfy(p -> assertThat(p).contains("You chose Harbour Migrant Women's Project to act for you"))
                .anySatisfy(p -> assertThat(p).startsWith("Northmoor Immigration Advice Centre").contains("regulated immigration advice"));

        send("/api/v1/cases/" + caseId + "/people/" + personId + "/notice/given",
                "{\"method\":\"THROUGH_INTERPRETER\",\"language\":\"ar\",\"interpreterUsed\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.obligationsMet").value(1));
        mvc.perform(get("/api/v1/sharing-requests/" + safeguarding).header("Authorization", officer))
                .andExpect(jsonPath("$.obligations[?(@.obligation == 'TELL_PERSON_WHAT_AND_WHY')].status").value(hasItem("MET")));
        assertThat(JsonPath.<List<Object>>read(notice(), "$.given")).hasSize(1);
    }

    @Test
    void the_notice_prints_as_a_pdf_with_the_same_words() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/notice.pdf").header("Authorization", officer))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("What happens to information about you").contains("For Layla Nasser")
                    .contains("Will the police tell Immigration Enforcement about you?").contains("Your rights");
        }
    }

    @Test
    void the_pdf_is_tagged_for_screen_readers_and_draws_an_arabic_name_from_an_embedded_font() throws Exception {
        String named = JsonPath.read(send("/api/v1/cases/" + caseId + "/people", TestData.aVictim().named("ليلى", "ناصر").json())
                .andReturn().getResponse().getContentAsString(), "$.id");
        byte[] pdf = mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + named + "/notice.pdf").header("Authorization", officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("What happens to information about you");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).as("fonts drawn").contains("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular");
            assertThat(new PDFTextStripper().getText(document)).as("the name's letters, not placeholders").doesNotContain("#")
                    .contains("ل");
        }
    }

    @Test
    void a_language_without_a_checked_translation_needs_an_interpreter_and_bad_input_is_refused() throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/notice?lang=ar").header("Authorization", officer))
                .andExpect(jsonPath("$.translationAvailable").value(false))
                .andExpect(jsonPath("$.title").value("What happens to information about you"));
        send("/api/v1/cases/" + caseId + "/people/" + personId + "/notice/given", "{\"method\":\"READ_ALOUD\",\"language\":\"ar\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.interpreterUsed").value(containsString("interpreter")));
        send("/api/v1/cases/" + caseId + "/people/" + personId + "/notice/given", "{\"method\":\"CARRIER_PIGEON\",\"language\":\"en\"}")
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/notice?lang=zz").header("Authorization", officer))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_notice_is_need_to_know_and_not_for_suspects() throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/notice").header("Authorization", tokens.bearer("officer.b")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + personId + "/notice").header("Authorization", tokens.bearer("partner.harbour")))
                .andExpect(status().isForbidden());
        String suspect = JsonPath.read(send("/api/v1/cases/" + caseId + "/people",
                TestData.aVictim().withRole(uk.safeshare.cases.PersonRole.SUSPECT).named("Omar", "Nasser").json())
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/cases/" + caseId + "/people/" + suspect + "/notice").header("Authorization", officer))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_notice_in_a_language_written_right_to_left_reads_from_the_right_on_the_page() throws Exception {
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/sign-in")
                .user("officer.a").password(uk.safeshare.support.TestData.PASSWORD)).andReturn().getResponse().getCookie("SAFESHARE_SESSION");

        String urdu = mvc.perform(get("/cases/" + caseId + "/people/" + personId + "/notice?lang=ur").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String english = mvc.perform(get("/cases/" + caseId + "/people/" + personId + "/notice?lang=en").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(urdu).contains("<article class=\"safeshare-notice\" lang=\"ur\" dir=\"rtl\">").contains("آپ کی معلومات کا کیا ہوتا ہے");
        assertThat(english).contains("<article class=\"safeshare-notice\" lang=\"en\" dir=\"ltr\">");
        assertThat(urdu.substring(0, urdu.indexOf("<article"))).as("the page around the notice stays in English, left to right")
                .contains("<html lang=\"en\"").doesNotContain("dir=\"rtl\"");
    }

    @Test
    void a_way_of_giving_the_notice_that_is_not_on_the_form_is_refused_with_a_clear_message() throws Exception {
        var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/sign-in")
                .user("officer.a").password(uk.safeshare.support.TestData.PASSWORD)).andReturn().getResponse().getCookie("SAFESHARE_SESSION");
        String page = mvc.perform(post("/cases/" + caseId + "/people/" + personId + "/notice/given").cookie(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("method", "CARRIER_PIGEON").param("language", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        String summary = page.substring(page.indexOf("govuk-error-summary"));
        summary = summary.substring(0, summary.indexOf("</ul>"));
        assertThat(summary).contains("href=\"#method\">Select a method from the list</a>");
        assertThat(page).doesNotContain("Failed to convert");
        assertThat(JsonPath.<List<Object>>read(notice(), "$.given")).isEmpty();
    }

    @Test
    void an_unknown_way_of_giving_the_notice_in_the_api_is_named_with_the_codes_allowed() throws Exception {
        send("/api/v1/cases/" + caseId + "/people/" + personId + "/notice/given",
                "{\"method\":\"CARRIER_PIGEON\",\"language\":\"en\",\"interpreterUsed\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'method' has an unknown code; it must be one of PRINTED_AND_HANDED_OVER, READ_ALOUD, "
                        + "THROUGH_INTERPRETER, SENT_BY_EMAIL, THROUGH_SUPPORT_ORGANISATION"));
    }
}
