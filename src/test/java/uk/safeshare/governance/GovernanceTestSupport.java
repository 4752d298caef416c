package uk.safeshare.governance;

import uk.safeshare.support.SignedInCallers;

/** Signed-in callers of the governance pages and API. */
abstract class GovernanceTestSupport extends SignedInCallers {

    /** A new action on an item through the API, by the governance user; returns its id. */
    protected String action(String item, String description, java.time.LocalDate due, String status) throws Exception {
        String json = "{\"description\":\"" + description + "\",\"ownerRole\":\"Head of Public Protection\",\"dueOn\":\"" + due
                + "\",\"status\":\"" + status + "\"}";
        return json(apiPost("governance", "/api/v1/governance/items/" + item + "/actions", json)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated()))
                .get("id").asString();
    }
}
