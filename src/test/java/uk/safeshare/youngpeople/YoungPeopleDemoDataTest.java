package uk.safeshare.youngpeople;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeshare.support.SafeShareTest;

/** The demo force's fictional young people are on Safeguarding Team North's tracker, and only there. */
@SafeShareTest
class YoungPeopleDemoDataTest {

    @Autowired YoungPeopleFixture fixture;

    @Test
    void the_demo_team_north_tracks_a_few_fictional_young_people() throws Exception {
        fixture.as("caseworker", get("/api/v1/young-people"))
                .andExpect(jsonPath("$[*].name", hasItem("Jayden Clarke")))
                .andExpect(jsonPath("$[*].name", hasItem("Amira Yusuf")))
                .andExpect(jsonPath("$[?(@.name == 'Daniel Okoro')].careLeaver", hasItem(true)))
                .andExpect(jsonPath("$[?(@.name == 'Jayden Clarke')].review", hasItem("DUE")));
        fixture.as("officer.b", get("/api/v1/young-people")).andExpect(jsonPath("$[*].name", not(hasItem("Jayden Clarke"))));
    }
}
