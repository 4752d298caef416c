package uk.safeshare.firewall;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.safeshare.support.Registered;
import uk.safeshare.support.Tokens;

/** Cases, people and sharing requests made through the API, as an officer would, for the firewall tests. */
final class SharingFixture {

    private final MockMvc mvc;
    private final Tokens tokens;

    SharingFixture(MockMvc mvc, Tokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    record Person(String caseId, String personId) {
    }

    /** A person on a new case of officer.a's team. */
    Person person(String crimeTypes, String role, String statusBasis, String evidence, String dateOfBirth) throws Exception {
        String officer = tokens.bearer("officer.a");
        String report = """
                {"crimeTypes":[%s],"occurredAt":"2026-01-10T21:30:00Z","area":"Eastfield","summary":"Reported by a neighbour"}"""
                .formatted(quoted(crimeTypes));
        String caseBody = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String caseId = JsonPath.read(caseBody, "$.id");
        String person = """
                {"role":"%s","givenName":"Amina","familyName":"Haddad","dateOfBirth":"%s","statusBasis":"%s",%s
                 "ethnicitySelfDefined":"O2","ethnicityObserved":"IC6","nationality":"SY","language":"ar",
                 "interpreterNeeded":true,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION"}"""
                .formatted(role, dateOfBirth, statusBasis, evidence == null ? "" : "\"statusEvidence\":\"" + evidence + "\",");
        String personBody = mvc.perform(MockMvcRequestBuilders.post("/api/v1/cases/" + caseId + "/people").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(person))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Person(caseId, JsonPath.read(personBody, "$.id"));
    }

    /** The person recommendation 1 is about: an adult victim of domestic abuse about whom there are only doubts. */
    Person domesticAbuseVictimWithDoubts() throws Exception {
        return person("DOMESTIC_ABUSE", "VICTIM", "CONCERNS_OR_DOUBTS_ONLY", null, "1990-05-17");
    }

    static Request request(Person person) {
        return new Request(person);
    }

    /** A request body, with defaults: safeguarding with the local authority, identity and contact details, consent given. */
    static final class Request {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Request(Person person) {
            fields.put("caseId", person.caseId());
            fields.put("personId", person.personId());
            fields.put("organisationId", Registered.in("LOCAL_AUTHORITY"));
            fields.put("purpose", "SAFEGUARDING");
            fields.put("pathwayStage", "INITIAL_REPORT");
            fields.put("dataCategories", List.of("IDENTITY", "CONTACT_DETAILS"));
            fields.put("lawfulBasis", "LAW_ENFORCEMENT_NECESSITY");
            fields.put("justification", "The victim is at continuing risk of harm from the suspect.");
            fields.put("consent", "GIVEN");
            fields.put("suspectedOfOtherOffence", false);
            fields.put("threatToLife", false);
        }

        Request with(String field, Object value) {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
            return this;
        }

        /** To the register's organisation of that category (see {@link Registered}), for the purpose. */
        Request to(String category, String purpose) {
            return with("organisationId", Registered.in(category)).with("purpose", purpose);
        }

        /** To an organisation that is not in the register, named as typed. */
        Request toUnregistered(String name, String purpose) {
            return with("organisationId", null).with("recipientName", name).with("purpose", purpose);
        }

        String json() {
            List<String> parts = new ArrayList<>();
            fields.forEach((k, v) -> parts.add("\"" + k + "\":" + value(v)));
            return "{" + String.join(",", parts) + "}";
        }

        private static String value(Object v) {
            if (v instanceof Boolean || v instanceof Number) {
                return v.toString();
            }
            if (v instanceof List<?> list) {
                return "[" + String.join(",", list.stream().map(SharingFixture.Request::value).toList()) + "]";
            }
            return "\"" + v + "\"";
        }
    }

    ResultActions post(String username, String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
                .header("Authorization", tokens.bearer(username))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions ask(String username, Request request) throws Exception {
        return post(username, "/api/v1/sharing-requests", request.json());
    }

    String askForId(Request request) throws Exception {
        String body = ask("officer.a", request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    static String review(String verdict, String reasons) {
        return "{\"verdict\":\"" + verdict + "\",\"reasons\":\"" + reasons + "\"}";
    }

    private static String quoted(String csv) {
        List<String> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            out.add("\"" + s.trim() + "\"");
        }
        return String.join(",", out);
    }
}
