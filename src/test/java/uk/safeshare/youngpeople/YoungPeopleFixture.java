package uk.safeshare.youngpeople;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.safeshare.support.Tokens;

/** Young people and cases for the tracker's tests, made through the API as a user would. */
@Component
class YoungPeopleFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    // Looked up when used: contexts without MockMvc (the browser tests) also scan this class.
    private final ObjectProvider<MockMvc> mvc;
    private final Tokens tokens;

    YoungPeopleFixture(ObjectProvider<MockMvc> mvc, Tokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    /** A young person's details, with defaults: a 15-year-old at medium risk, led by children's services. */
    static final class YoungPerson {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        YoungPerson() {
            fields.put("givenName", "Kofi");
            fields.put("familyName", "Mensah");
            fields.put("dateOfBirth", TODAY.minusYears(15).toString());
            fields.put("careLeaver", false);
            fields.put("leadAgency", "CHILDRENS_SERVICES");
            fields.put("riskLevel", "MEDIUM");
            fields.put("riskReason", "Found with older males in a flat used for drug supply");
            fields.put("nextReviewOn", TODAY.plusDays(14).toString());
        }

        YoungPerson with(String field, Object value) {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
            return this;
        }

        String json() {
            StringBuilder b = new StringBuilder("{");
            fields.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":")
                    .append(v instanceof Boolean || v instanceof Number ? v.toString() : "\"" + v + "\""));
            return b.append('}').toString();
        }
    }

    static YoungPerson aYoungPerson() {
        return new YoungPerson();
    }

    ResultActions send(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.getObject().perform(request.header("Authorization", tokens.bearer(username)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.getObject().perform(request.header("Authorization", tokens.bearer(username)));
    }

    String create(String username, YoungPerson person) throws Exception {
        String body = send(username, MockMvcRequestBuilders.post("/api/v1/young-people"), person.json())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    record CasePerson(String caseId, String personId) {
    }

    /** A victim on a new case of the user's team; {@code dateOfBirth} may be null (not known). */
    CasePerson victimOnNewCase(String username, String crimeType, String dateOfBirth) throws Exception {
        String caseBody = send(username, MockMvcRequestBuilders.post("/api/v1/cases"), """
                {"crimeTypes":["%s"],"occurredAt":"2026-01-10T21:30:00Z","area":"Eastfield","summary":"Found at an address used for drug supply"}"""
                .formatted(crimeType)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String caseId = JsonPath.read(caseBody, "$.id");
        String person = """
                {"role":"VICTIM","givenName":"Kofi","familyName":"Mensah",%s"statusBasis":"CONCERNS_OR_DOUBTS_ONLY",
                 "ethnicitySelfDefined":"B2","ethnicityObserved":"IC3","nationality":"GH","language":"en",
                 "interpreterNeeded":false,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION"}"""
                .formatted(dateOfBirth == null ? "" : "\"dateOfBirth\":\"" + dateOfBirth + "\",");
        String personBody = send(username, MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/people"), person)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new CasePerson(caseId, JsonPath.read(personBody, "$.id"));
    }
}
