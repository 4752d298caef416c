package uk.safeshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.ExtendedModelMap;

/** Found in the soak: a request that waited past the pool's timeout for a database connection was answered 500. */
class BusyServiceTest {

    private static CannotCreateTransactionException noConnectionCameFree() {
        return new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms"));
    }

    @Test
    void an_api_request_that_waited_too_long_for_a_database_connection_is_told_to_try_again_later() {
        var answer = new ApiProblemHandler().unexpected(noConnectionCameFree());

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_bearer_token_look_up_that_waited_too_long_is_answered_503_problem_json_not_500() throws Exception {
        MockHttpServletResponse response = forwardedToErrorPage("/api/v1/sharing-requests", noConnectionCameFree());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("Service busy").contains("nothing was changed");
    }

    @Test
    void any_other_failure_outside_a_controller_is_still_a_500() throws Exception {
        MockHttpServletResponse response = forwardedToErrorPage("/api/v1/sharing-requests", new IllegalStateException("a bug"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeader("Retry-After")).isNull();
    }

    private static MockHttpServletResponse forwardedToErrorPage(String uri, Throwable failure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ErrorPages().error(request, response, new ExtendedModelMap());
        return response;
    }
}
