package uk.safeshare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.safeshare.client.api.CasesApi;
import uk.safeshare.client.api.RegisterOfOrganisationsApi;
import uk.safeshare.client.api.SharingRequestsApi;
import uk.safeshare.client.model.CaseView;
import uk.safeshare.client.model.DecisionView;
import uk.safeshare.client.model.PersonDetails;
import uk.safeshare.client.model.PersonView;
import uk.safeshare.client.model.Problem;
import uk.safeshare.client.model.ReportDetails;
import uk.safeshare.client.model.RequestToShare;
import uk.safeshare.client.model.RequestView;
import uk.safeshare.support.Tokens;

/**
 * A partner's system built from the published description (docs/api/openapi.json, generated into
 * {@code uk.safeshare.client} at build time) against the running service: a report, a victim, a
 * request to share, the decision, and a refusal read as a typed problem document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiClientJourneyTest {

    @LocalServerPort int port;
    @Autowired Tokens tokens;

    CasesApi cases;
    SharingRequestsApi sharing;
    RegisterOfOrganisationsApi register;

    @BeforeEach
    void client() {
        String bearer = tokens.bearer("officer.a");
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        cases = new CasesApi(client);
        sharing = new SharingRequestsApi(client);
        register = new RegisterOfOrganisationsApi(client);
    }

    @Test
    void a_generated_client_records_a_victim_asks_to_share_and_reads_the_prohibition() throws Exception {
        CaseView report = cases.casesOpen(new ReportDetails()
                .crimeTypes(Set.of(ReportDetails.CrimeTypesEnum.DOMESTIC_ABUSE))
                .occurredAt(OffsetDateTime.of(2026, 11, 20, 21, 30, 0, 0, ZoneOffset.UTC))
                .area("Eastfield").summary("Recorded by a partner system through the generated client"));
        PersonView victim = cases.casesAddPerson(report.getId(), new PersonDetails()
                .role(PersonDetails.RoleEnum.VICTIM).givenName("Amara").familyName("Client")
                .statusBasis(PersonDetails.StatusBasisEnum.CONCERNS_OR_DOUBTS_ONLY)
                .safeContactMethod(PersonDetails.SafeContactMethodEnum.THROUGH_SUPPORT_ORGANISATION));

        var immigrationEnforcement = register.registerSearch("HOIE", false).getFirst();

        RequestView asked = sharing.sharingRequest(new RequestToShare()
                .caseId(report.getId()).personId(victim.getId())
                .organisationId(immigrationEnforcement.getId())
                .purpose(RequestToShare.PurposeEnum.IMMIGRATION_STATUS_CHECK)
                .pathwayStage(RequestToShare.PathwayStageEnum.INITIAL_REPORT)
                .dataCategories(Set.of(RequestToShare.DataCategoriesEnum.IDENTITY))
                .lawfulBasis(RequestToShare.LawfulBasisEnum.LAW_ENFORCEMENT_NECESSITY)
                .consent(RequestToShare.ConsentEnum.NOT_ASKED)
                .justification("Checking status")
                .suspectedOfOtherOffence(false).threatToLife(false));

        assertThat(asked.getDecision().getOutcome()).isEqualTo(DecisionView.OutcomeEnum.PROHIBITED);
        assertThat(sharing.sharingGet(asked.getId()).getDecision().getOutcome()).isEqualTo(DecisionView.OutcomeEnum.PROHIBITED);
    }

    @Test
    void a_refusal_reaches_the_client_as_a_typed_problem_naming_the_field() throws Exception {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> cases.casesOpen(new ReportDetails()
                .crimeTypes(Set.of(ReportDetails.CrimeTypesEnum.DOMESTIC_ABUSE))
                .occurredAt(OffsetDateTime.of(2026, 11, 20, 21, 30, 0, 0, ZoneOffset.UTC))
                .area("Eastfield").summary("<script>alert(1)</script>")));

        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = new ObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(((java.util.Map<?, ?>) problem.getErrors()).keySet()).extracting(String::valueOf).contains("summary");
        assertThat(problem.getRequestId()).isNotBlank();
    }
}
