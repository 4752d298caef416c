package uk.safeshare.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.firewall.ImmigrationEnforcementRequestDecided.Outcome;
import uk.safeshare.support.SafeShareTest;

/** Published figures through the API and downloads, attacked; bad input. */
@SafeShareTest
class StatisticsApiTest extends MonitoringTestSupport {

    @Test
    void no_suppressed_figure_of_any_published_table_can_be_worked_out_from_what_the_api_publishes() throws Exception {
        requests(Instant.parse("2019-08-02T10:00:00Z"), 9, Outcome.PROHIBITED, PersonRole.VICTIM, "IMMIGRATION_STATUS_CHECK");
        requests(Instant.parse("2019-08-03T10:00:00Z"), 2, Outcome.PERMITTED, PersonRole.SUSPECT, "INVESTIGATION");
        requests(Instant.parse("2019-08-04T10:00:00Z"), 6, Outcome.REFERRED_FOR_REVIEW, PersonRole.SUSPECT, "INVESTIGATION");
        List<String> quarters = JsonPath.read(body(api("analyst", "/api/v1/statistics/quarters").andExpect(status().isOk())),
                "$.available[*].quarter");
        assertThat(quarters).contains("2019-Q3");
        int suppressed = 0;
        for (String quarter : quarters) {
            String json = body(api("analyst", "/api/v1/statistics/quarters/" + quarter).andExpect(status().isOk()));
            List<Attacker.Published> tables = parse(json);
            var ranges = Attacker.forQuarter(tables).ranges();
            for (var e : ranges.entrySet()) {
                String symbol = symbolAt(json, e.getKey());
                if ("[c]".equals(symbol)) {
                    suppressed++;
                    assertThat(e.getValue().pinned()).as("%s %s can only be %s", quarter, e.getKey(), e.getValue()).isFalse();
                }
            }
        }
        assertThat(suppressed).as("the published quarters do suppress cells").isPositive();
    }

    @Test
    void the_first_and_last_quarters_that_can_be_named_are_answered_not_failed() throws Exception {
        // The quarter after 9999-Q4 (its cut-off) and the quarters before 1900-Q1 (a trend's start) had failed with a 500.
        api("analyst", "/api/v1/statistics/quarters/9999-Q4").andExpect(status().isNotFound());
        api("analyst", "/api/v1/statistics/quarters/9999-Q4/tables/role").andExpect(status().isNotFound());
        String trends = body(api("analyst", "/api/v1/statistics/trends?to=1900-Q1").andExpect(status().isBadRequest()));
        assertThat(JsonPath.<String>read(trends, "$.errors.from")).contains("The first quarter must be");
    }

    @Test
    void trends_show_each_quarters_figure_exactly_as_that_quarter_published_it() throws Exception {
        String trends = body(api("governance", "/api/v1/statistics/trends").andExpect(status().isOk()));
        List<Map<String, Object>> series = JsonPath.read(trends, "$.trends");
        assertThat(series).extracting(s -> s.get("id")).contains("requests", "victims", "prohibited", "checks", "markers",
                "third-party-reports");
        for (Map<String, Object> s : series) {
            @SuppressWarnings("unchecked") List<Map<String, Object>> points = (List<Map<String, Object>>) s.get("points");
            for (Map<String, Object> p : points) {
                String quarterJson = body(api("governance", "/api/v1/statistics/quarters/" + p.get("quarter") + "/tables/" + s.get("tableId")));
                List<String> rows = JsonPath.read(quarterJson, "$.rows[*].label");
                List<String> columns = JsonPath.read(quarterJson, "$.columns");
                Map<String, Object> cell = JsonPath.read(quarterJson, "$.rows[" + rows.indexOf((String) s.get("row")) + "].cells["
                        + columns.indexOf((String) s.get("column")) + "]");
                assertThat(p.get("cell")).isEqualTo(cell);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<Attacker.Published> parse(String json) {
        List<Map<String, Object>> tables = JsonPath.read(json, "$.tables");
        List<Attacker.Published> out = new ArrayList<>();
        for (Map<String, Object> t : tables) {
            List<String> columns = (List<String>) t.get("columns");
            List<Map<String, Object>> rows = (List<Map<String, Object>>) t.get("rows");
            Long[][] cells = new Long[rows.size()][columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                List<Map<String, Object>> rowCells = (List<Map<String, Object>>) rows.get(r).get("cells");
                for (int c = 0; c < columns.size(); c++) {
                    Object v = rowCells.get(c).get("value");
                    cells[r][c] = v == null ? null : ((Number) v).longValue();
                }
            }
            out.add(new Attacker.Published((String) t.get("id"), rows.stream().map(r -> (String) r.get("label")).toList(), columns,
                    cells, Boolean.TRUE.equals(rows.getLast().get("total")), "Total".equals(columns.getLast())));
        }
        return out;
    }

    private static String symbolAt(String json, Attacker.Ref ref) {
        List<Object> symbol = JsonPath.read(json, "$.tables[?(@.id == '" + ref.table() + "')].rows[" + ref.row() + "].cells["
                + ref.column() + "].symbol");
        return symbol.isEmpty() ? null : (String) symbol.getFirst();
    }

    @Test
    void the_csv_the_page_and_the_api_show_the_same_figures() throws Exception {
        requests(Instant.parse("2018-05-02T10:00:00Z"), 12, Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION");
        requests(Instant.parse("2018-05-03T10:00:00Z"), 6, Outcome.PERMITTED, PersonRole.SUSPECT, "INVESTIGATION");
        requests(Instant.parse("2018-05-04T10:00:00Z"), 2, Outcome.PERMITTED, PersonRole.WITNESS, "INVESTIGATION");
        String json = body(api("analyst", "/api/v1/statistics/quarters/2018-Q2/tables/role").andExpect(status().isOk()));
        String csv = body(api("analyst", "/api/v1/statistics/quarters/2018-Q2/tables/role.csv")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")));
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Role of the person,Prohibited,Permitted,Approved on review,Refused on review,Awaiting review,Total");
        List<String> labels = JsonPath.read(json, "$.rows[*].label");
        for (int r = 0; r < labels.size(); r++) {
            List<Map<String, Object>> cells = JsonPath.read(json, "$.rows[" + r + "].cells");
            List<String> expected = new ArrayList<>(List.of(labels.get(r)));
            cells.forEach(c -> expected.add(c.containsKey("value") ? c.get("value").toString() : (String) c.get("symbol")));
            assertThat(lines[r + 1]).isEqualTo(String.join(",", expected));
        }
        assertThat(csv).contains("Victim,12,").contains("[c]");

        Cookie session = signIn("analyst");
        mvc.perform(get("/statistics/quarters/2018-Q2").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Table 1: Requests involving immigration enforcement, by the person")))
                .andExpect(content().string(containsString(">[c]<")))
                .andExpect(content().string(containsString("/statistics/quarters/2018-Q2/tables/role.ods")))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/statistics/quarters/2018-Q2/tables/role.csv").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(csv));
    }

    @Test
    void a_table_downloads_as_an_opendocument_spreadsheet_with_a_cover_sheet_notes_and_the_table() throws Exception {
        requests(Instant.parse("2018-08-05T10:00:00Z"), 8, Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION");
        String json = body(api("analyst", "/api/v1/statistics/quarters/2018-Q3/tables/role"));
        byte[] ods = api("analyst", "/api/v1/statistics/quarters/2018-Q3/tables/role.ods")
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.oasis.opendocument.spreadsheet"))
                .andReturn().getResponse().getContentAsByteArray();

        // The first entry is "mimetype", stored uncompressed, its text straight after the 30-byte header and its name.
        assertThat(new String(ods, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(ods, 38, 46, StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (entries.isEmpty()) {
                    assertThat(e.getName()).isEqualTo("mimetype");
                    assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                }
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKeys("mimetype", "META-INF/manifest.xml", "content.xml");
        assertThat(new String(entries.get("META-INF/manifest.xml"), StandardCharsets.UTF_8)).contains("content.xml");

        Document content = xml(entries.get("content.xml"));
        NodeList sheets = content.getElementsByTagNameNS(TABLE, "table");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.getLength(); i++) {
            names.add(((Element) sheets.item(i)).getAttributeNS(TABLE, "name"));
        }
        assertThat(names).containsExactly("Cover_sheet", "Notes", "Table_1");

        List<List<String>> cover = cells((Element) sheets.item(0));
        String coverText = cover.toString();
        assertThat(cover.getFirst().getFirst()).startsWith("Requests involving immigration enforcement, by the person's role");
        assertThat(coverText).contains("Period covered", "1 July 2018 to 30 September 2018 (2018-Q3)", "Source",
                "Statistical disclosure control", "counts from 1 to 4 are suppressed and shown as [c]", "Contact",
                "[x] not available");

        List<List<String>> notes = cells((Element) sheets.item(1));
        assertThat(notes.toString()).contains("[note 1]", "[note 3]");

        Element table = (Element) sheets.item(2);
        List<List<String>> rows = cells(table);
        assertThat(rows.get(0).getFirst()).startsWith("Table 1: Requests involving immigration enforcement");
        assertThat(rows.get(3)).containsExactly("Role of the person", "Prohibited", "Permitted", "Approved on review",
                "Refused on review", "Awaiting review", "Total");
        List<String> labels = JsonPath.read(json, "$.rows[*].label");
        for (int r = 0; r < labels.size(); r++) {
            List<Map<String, Object>> expected = JsonPath.read(json, "$.rows[" + r + "].cells");
            List<String> row = rows.get(4 + r);
            assertThat(row.getFirst()).isEqualTo(labels.get(r));
            for (int c = 0; c < expected.size(); c++) {
                Object value = expected.get(c).get("value");
                assertThat(row.get(c + 1)).isEqualTo(value == null ? expected.get(c).get("symbol") : "float:" + value);
            }
        }

        byte[] all = api("governance", "/api/v1/statistics/quarters/2018-Q3/tables.ods").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(all))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("content.xml")) {
                    NodeList allSheets = xml(zip.readAllBytes()).getElementsByTagNameNS(TABLE, "table");
                    assertThat(allSheets.getLength()).isEqualTo(3 + 9);
                    assertThat(((Element) allSheets.item(1)).getAttributeNS(TABLE, "name")).isEqualTo("Contents");
                }
            }
        }
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** A sheet's rows; a number reads "float:12" so that numbers are told apart from text. */
    private static List<List<String>> cells(Element sheet) {
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagNameNS(TABLE, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> row = new ArrayList<>();
            NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(TABLE, "table-cell");
            for (int c = 0; c < cellNodes.getLength(); c++) {
                Element cell = (Element) cellNodes.item(c);
                String type = cell.getAttributeNS(OFFICE, "value-type");
                row.add("float".equals(type) ? "float:" + cell.getAttributeNS(OFFICE, "value") : cell.getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void no_endpoint_returns_monitoring_records() throws Exception {
        requests(Instant.parse("2018-11-06T10:00:00Z"), 1, Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION");
        String docs = body(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()));
        Map<String, Object> paths = JsonPath.read(docs, "$.paths");
        List<String> statistics = paths.keySet().stream().filter(p -> p.startsWith("/api/v1/statistics")).sorted().toList();
        assertThat(statistics).containsExactly("/api/v1/statistics/markers/{quarter}", "/api/v1/statistics/quarters",
                "/api/v1/statistics/quarters/{quarter}", "/api/v1/statistics/quarters/{quarter}/tables.ods",
                "/api/v1/statistics/quarters/{quarter}/tables/{table}", "/api/v1/statistics/quarters/{quarter}/tables/{table}.csv",
                "/api/v1/statistics/quarters/{quarter}/tables/{table}.ods", "/api/v1/statistics/settings",
                "/api/v1/statistics/trends");
        assertThat(docs).doesNotContainIgnoringCase("recordKey").doesNotContainIgnoringCase("record_key");
        List<String> keys = jdbc.sql("SELECT record_key FROM monitoring_request WHERE quarter = '2018-Q4'").query(String.class).list();
        StringBuilder everything = new StringBuilder();
        for (String url : List.of("/api/v1/statistics/quarters", "/api/v1/statistics/quarters/2018-Q4",
                "/api/v1/statistics/quarters/2018-Q4/tables/role.csv", "/api/v1/statistics/trends", "/api/v1/statistics/settings")) {
            everything.append(body(api("analyst", url).andExpect(status().isOk())));
        }
        assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(everything.toString()).doesNotContain(k));
        mvc.perform(get("/api/v1/statistics/records").header("Authorization", tokens.bearer("analyst"))).andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_quarter_or_table_or_a_range_out_of_bounds_is_a_clear_4xx() throws Exception {
        requests(Instant.parse("2019-05-11T10:00:00Z"), 1, Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION");
        api("analyst", "/api/v1/statistics/quarters/2019-Q5").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.quarter").value(containsString("like 2026-Q3")));
        api("analyst", "/api/v1/statistics/quarters/last-quarter").andExpect(status().isBadRequest());
        api("analyst", "/api/v1/statistics/quarters/2031-Q1").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("not published yet")));
        api("analyst", "/api/v1/statistics/quarters/1999-Q1").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("monitoring began")));
        api("analyst", "/api/v1/statistics/quarters/2019-Q2/tables/people").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("The tables are: role")));
        api("analyst", "/api/v1/statistics/trends?from=2019-Q4&to=2019-Q2").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").exists());
        api("analyst", "/api/v1/statistics/trends?from=1999-Q1&to=2019-Q2").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value(containsString("no figures before it")));
        api("analyst", "/api/v1/statistics/trends?from=2019-Q2&to=2035-Q1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.to").value(containsString("not final yet")));
        api("analyst", "/api/v1/statistics/trends?from=2019-Q2&to=2025-Q1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value(containsString("at most 20")));
        api("analyst", "/api/v1/statistics/trends?from=Q1-2019").andExpect(status().isBadRequest());
    }

    @Test
    void a_marker_count_that_is_negative_or_not_a_number_or_for_a_quarter_out_of_range_is_refused_and_changes_nothing()
            throws Exception {
        String url = "/api/v1/statistics/markers/2019-Q1";
        apiPut("analyst", url, "{\"count\":-3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.count").value("The number of live immigration markers cannot be negative"));
        apiPut("analyst", url, "{\"count\":\"twelve\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("count")));
        apiPut("analyst", url, "{\"count\":1.5}").andExpect(status().isBadRequest());
        apiPut("analyst", url, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.count").exists());
        apiPut("analyst", "/api/v1/statistics/markers/2019-Q9", "{\"count\":3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.quarter").exists());
        apiPut("analyst", "/api/v1/statistics/markers/2099-Q1", "{\"count\":3}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.quarter").value(containsString("has ended")));
        apiPut("analyst", "/api/v1/statistics/markers/1990-Q1", "{\"count\":3}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM monitoring_marker_count WHERE quarter IN ('2019-Q1', '2099-Q1', '1990-Q1')")
                .query(Long.class).single()).isZero();

        apiPut("governance", url, "{\"count\":120}").andExpect(status().isForbidden());
        apiPut("analyst", url, "{\"count\":120}").andExpect(status().isOk()).andExpect(jsonPath("$.liveMarkers").value(120));
        apiPut("analyst", url, "{\"count\":118}").andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT live_markers FROM monitoring_marker_count WHERE quarter = '2019-Q1'").query(Long.class).single())
                .isEqualTo(118L);
        api("dpo", "/api/v1/statistics/quarters/2019-Q1/tables/markers").andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].cells[0].value").value(118));
    }

    @Test
    void the_threshold_must_be_from_3_to_100_and_a_published_quarter_keeps_the_threshold_it_was_published_with() throws Exception {
        apiPut("analyst", "/api/v1/statistics/settings", "{\"threshold\":2}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.threshold").value(containsString("from 3 to 100")));
        apiPut("analyst", "/api/v1/statistics/settings", "{\"threshold\":101}").andExpect(status().isBadRequest());
        apiPut("analyst", "/api/v1/statistics/settings", "{\"threshold\":\"many\"}").andExpect(status().isBadRequest());
        apiPut("governance", "/api/v1/statistics/settings", "{\"threshold\":7}").andExpect(status().isForbidden());
        api("analyst", "/api/v1/statistics/settings").andExpect(jsonPath("$.threshold").value(5));

        // 2010-Q1 has no figures, so cannot have been published, until now.
        requests(Instant.parse("2010-02-01T10:00:00Z"), 7, Outcome.PROHIBITED, PersonRole.VICTIM, "INVESTIGATION");
        requests(Instant.parse("2010-02-02T10:00:00Z"), 30, Outcome.PERMITTED, PersonRole.SUSPECT, "INVESTIGATION");
        for (int i = 0; i < 11; i++) {
            UUID id = UUID.randomUUID();
            publish(event(id, UUID.randomUUID(), Instant.parse("2010-02-03T10:00:00Z"), Outcome.REFERRED_FOR_REVIEW, PersonRole.WITNESS, "INVESTIGATION"));
            publish(event(id, UUID.randomUUID(), Instant.parse("2010-02-04T10:00:00Z"), Outcome.REFUSED_ON_REVIEW, PersonRole.WITNESS, "INVESTIGATION"));
        }
        try {
            apiPut("dpo", "/api/v1/statistics/settings", "{\"threshold\":10}").andExpect(status().isOk())
                    .andExpect(jsonPath("$.threshold").value(10));
            api("analyst", "/api/v1/statistics/quarters/2010-Q1/tables/role").andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows[0].cells[0].symbol").value("[c]"))
                    .andExpect(jsonPath("$.rows[2].cells[1].value").value(30));
        } finally {
            apiPut("analyst", "/api/v1/statistics/settings", "{\"threshold\":5}").andExpect(status().isOk());
        }
        api("analyst", "/api/v1/statistics/quarters/2010-Q1").andExpect(jsonPath("$.threshold").value(10))
                .andExpect(jsonPath("$.tables[0].rows[0].cells[0].symbol").value("[c]"));
        api("analyst", "/api/v1/statistics/settings")
                .andExpect(jsonPath("$.published[?(@.quarter == '2010-Q1')].threshold").value(org.hamcrest.Matchers.contains(10)));
    }
}
