package uk.safeshare.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;

@SafeShareTest
class ApiDocumentationTest {

    @Autowired MockMvc mvc;

    @Test
    void the_api_is_described_by_openapi_without_signing_in() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/people'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit/verification'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].get").exists());
    }

    @Test
    void the_browsable_documentation_is_served() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
