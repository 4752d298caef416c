package uk.safeshare.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/** The one-statement read behind every sharing request gives what the case and person aggregates give. */
@SafeShareTest
class PersonWithCaseReaderTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired PersonWithCaseReader reader;
    @Autowired PersonRecordRepository people;
    @Autowired CaseFileRepository cases;

    private UUID created(String url, String json) throws Exception {
        return UUID.fromString(JsonPath.read(mvc.perform(post(url).header("Authorization", tokens.bearer("officer.a"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
    }

    @Test
    void a_person_read_with_their_case_is_the_person_and_case_the_repositories_give() throws Exception {
        UUID caseId = created("/api/v1/cases", TestData.aReport().withCrimeTypes(CrimeType.MODERN_SLAVERY, CrimeType.DOMESTIC_ABUSE).json());
        UUID personId = created("/api/v1/cases/" + caseId + "/people", TestData.aVictim().named("Amara", "Okafor")
                .withStatus(StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE, "Overstayed a visitor visa, by her own account")
                .withNationality("NG").withInterpreterNeeded(true).json());

        var read = reader.read(caseId, personId).orElseThrow();
        CaseFile caseFile = cases.findById(caseId).orElseThrow();

        assertThat(read.person()).isEqualTo(people.findById(personId).orElseThrow());
        assertThat(read.person().view().statusEvidence()).isEqualTo("Overstayed a visitor visa, by her own account");
        assertThat(read.caseReference()).isEqualTo(caseFile.reference());
        assertThat(read.teamId()).isEqualTo(caseFile.teamId());
        assertThat(read.crimeTypes()).containsExactlyElementsOf(caseFile.crimeTypeSet());
    }

    @Test
    void a_person_is_not_found_on_another_case_nor_on_a_case_that_does_not_exist() throws Exception {
        UUID caseId = created("/api/v1/cases", TestData.aReport().json());
        UUID otherCase = created("/api/v1/cases", TestData.aReport().json());
        UUID personId = created("/api/v1/cases/" + caseId + "/people", TestData.aVictim().json());

        assertThat(reader.read(caseId, personId)).isPresent();
        assertThat(reader.read(otherCase, personId)).isEmpty();
        assertThat(reader.read(UUID.randomUUID(), personId)).isEmpty();
        assertThat(reader.read(caseId, UUID.randomUUID())).isEmpty();
    }
}
