package uk.safeshare.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.safeshare.support.SafeShareTest;

/** Progress reports: made as of a date, frozen, downloadable as PDF and ODS, compared; and who may. */
@SafeShareTest
class ProgressReportTest extends GovernanceTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    private JsonNode generate(LocalDate asOf) throws Exception {
        return json(apiPost("governance", "/api/v1/governance/reports", "{\"asOf\":\"" + asOf + "\",\"title\":\"Six-month update to HMICFRS\"}")
                .andExpect(status().isCreated()));
    }

    private byte[] download(String user, String url) throws Exception {
        return apiGet(user, url).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void a_frozen_report_never_changes_after_the_tracker_does_and_its_hash_is_of_what_was_stored() throws Exception {
        JsonNode report = generate(TODAY);
        String id = report.get("id").asString();
        byte[] frozen = download("dpo", "/api/v1/governance/reports/" + id + ".json");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(frozen)))
                .isEqualTo(report.get("sha256").asString());

        String action = action("R5", "Publicity campaign in GP surgeries", TODAY.plusDays(10), "NOT_STARTED");
        apiPut("governance", "/api/v1/governance/items/R5", "{\"appliesTo\":\"BOTH\",\"forceResponse\":\"Changed after the report\"}")
                .andExpect(status().isOk());

        assertThat(download("dpo", "/api/v1/governance/reports/" + id + ".json")).isEqualTo(frozen);
        JsonNode again = json(apiGet("dpo", "/api/v1/governance/reports/" + id).andExpect(status().isOk()));
        assertThat(again.get("intact").asBoolean()).isTrue();
        assertThat(again.get("sha256").asString()).isEqualTo(report.get("sha256").asString());
        assertThat(again.toString()).doesNotContain("Changed after the report").doesNotContain(action);

        JsonNode later = generate(TODAY);
        List<String> differences = json(apiGet("analyst", "/api/v1/governance/reports/compare?from=" + id + "&to="
                + later.get("id").asString()).andExpect(status().isOk())).valueStream()
                .map(d -> d.get("itemCode").asString() + ": " + d.get("text").asString()).toList();
        assertThat(differences).contains("R5: New action: Publicity campaign in GP surgeries (not started)", "R5: Force's response changed");
        assertThat(differences).noneMatch(d -> d.startsWith("R2:"));
    }

    @Test
    void a_report_as_of_an_earlier_date_shows_the_tracker_as_it_stood_then() throws Exception {
        LocalDate yesterday = TODAY.minusDays(1);
        action("A3", "Invite HMICFRS to the MARAC steering group", TODAY.plusDays(90), "IN_PROGRESS");
        JsonNode old = generate(yesterday).get("document");
        assertThat(old.get("asOf").asString()).isEqualTo(yesterday.toString());
        JsonNode a3 = old.get("items").get(10);
        assertThat(a3.get("code").asString()).isEqualTo("A3");
        assertThat(a3.get("actions").toString()).doesNotContain("Invite HMICFRS to the MARAC steering group");
        assertThat(generate(TODAY).get("document").get("items").get(10).get("actions").toString())
                .contains("Invite HMICFRS to the MARAC steering group");
        apiPost("governance", "/api/v1/governance/reports", "{\"asOf\":\"" + TODAY.plusDays(1) + "\"}").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not a future one")));
        apiPost("governance", "/api/v1/governance/reports", "{\"asOf\":\"yesterday\"}").andExpect(status().isBadRequest());
    }

    @Test
    void the_pdf_is_tagged_with_embedded_fonts_and_says_what_the_report_says() throws Exception {
        apiPut("governance", "/api/v1/governance/items/R7", "{\"appliesTo\":\"NEITHER\",\"forceResponse\":\"Addressed to the Home Office; "
                + "the force publishes its own quarterly figures.\"}").andExpect(status().isOk());
        JsonNode report = generate(TODAY);
        byte[] pdf = download("sergeant", "/api/v1/governance/reports/" + report.get("id").asString() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Six-month update to HMICFRS", "Recommendation 1: Stop sharing on doubts alone",
                    "Action 3: Future inspection", "the force publishes its own quarterly figures",
                    report.get("sha256").asString(), "Requests to share with immigration enforcement, by outcome");
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Six-month update to HMICFRS");
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void the_spreadsheet_has_a_cover_and_the_items_with_iso_dates() throws Exception {
        JsonNode report = generate(TODAY);
        byte[] ods = download("governance", "/api/v1/governance/reports/" + report.get("id").asString() + ".ods");
        String xml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(xml).contains("table:name=\"Cover\"", "table:name=\"Items\"", "table:name=\"Actions\"", "table:name=\"Evidence\"",
                "Stop sharing on doubts alone", TODAY.toString(), report.get("sha256").asString());
    }

    @Test
    void pages_show_reports_to_readers_and_only_governance_generates_them() throws Exception {
        mvc.perform(post("/governance/reports").cookie(session("governance")).with(csrf())
                        .param("asOfDay", "31").param("asOfMonth", "2").param("asOfYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("must be a real date")));
        String location = mvc.perform(post("/governance/reports").cookie(session("governance")).with(csrf())
                        .param("asOfDay", Integer.toString(TODAY.getDayOfMonth())).param("asOfMonth", Integer.toString(TODAY.getMonthValue()))
                        .param("asOfYear", Integer.toString(TODAY.getYear())).param("title", "Public update"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).cookie(session("analyst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Public update")))
                .andExpect(content().string(containsString("SHA-256")));
        mvc.perform(get(location + ".pdf").cookie(session("dpo"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/governance/pack").cookie(session("sergeant"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue actions")))
                .andExpect(content().string(containsString("Changes since the last pack")));
        for (String reader : List.of("analyst", "dpo", "sergeant")) {
            mvc.perform(post("/governance/reports").cookie(session(reader)).with(csrf()).param("asOfDay", "1")
                    .param("asOfMonth", "1").param("asOfYear", "2026")).andExpect(status().isForbidden());
            mvc.perform(post("/governance/packs").cookie(session(reader)).with(csrf())).andExpect(status().isForbidden());
            apiPost(reader, "/api/v1/governance/reports", "{\"asOf\":\"" + TODAY + "\"}").andExpect(status().isForbidden());
        }
        for (String outsider : List.of("officer.a", "caseworker", "marac", "partner.harbour", "auditor", "admin")) {
            for (String page : List.of("/governance", "/governance/items/R1", "/governance/reports", location, location + ".pdf",
                    "/governance/pack", "/governance/pack.pdf", "/governance/meetings", "/governance/history")) {
                mvc.perform(get(page).cookie(session(outsider))).andExpect(status().isForbidden());
            }
            apiGet(outsider, "/api/v1/governance/reports").andExpect(status().isForbidden());
            apiGet(outsider, "/api/v1/governance/pack").andExpect(status().isForbidden());
        }
    }

    @Test
    void an_issued_pack_lists_the_changes_since_the_previous_one_and_overdue_actions() throws Exception {
        apiPost("governance", "/api/v1/governance/packs", "").andExpect(status().isCreated());
        String late = action("R8", "Send the first update to HMICFRS", TODAY.minusDays(2), "IN_PROGRESS");
        JsonNode pack = json(apiPost("governance", "/api/v1/governance/packs", "").andExpect(status().isCreated())).get("document");
        assertThat(pack.get("changes").size()).isEqualTo(1);
        assertThat(pack.get("changes").get(0).get("summary").asString()).startsWith("Action added: Send the first update to HMICFRS");
        assertThat(pack.toString()).contains(late);
        byte[] pdf = download("dpo", "/api/v1/governance/pack.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Overdue actions", "Send the first update to HMICFRS");
        }
    }
}
