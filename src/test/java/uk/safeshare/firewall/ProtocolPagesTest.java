package uk.safeshare.firewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.firewall.SharingFixture.Person;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

@SafeShareTest
class ProtocolPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    ProtocolFiles files;
    SharingFixture fixture;

    @BeforeEach
    void setUp() {
        files = new ProtocolFiles(mvc, tokens);
        fixture = new SharingFixture(mvc, tokens);
    }

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/sign-in").user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SAFESHARE_SESSION");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void the_published_protocol_is_a_readable_page_for_everyone_signed_in() throws Exception {
        for (String user : new String[]{"officer.a", "partner.harbour"}) {
            mvc.perform(get("/protocol").cookie(signIn(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Safeguarding protocol in force")))
                    .andExpect(content().string(containsString("Domestic abuse victims: doubt about status is never a reason to share")))
                    .andExpect(content().string(containsString("Victims of domestic abuse")))
                    .andExpect(content().string(containsString("This rule cannot be switched off")))
                    .andExpect(content().string(not(containsString("Draft a new version"))));
        }
        mvc.perform(get("/protocol").cookie(signIn("dpo"))).andExpect(content().string(containsString("Draft a new version")));
        mvc.perform(get("/protocol/versions/safeshare-default-2026.1/file").cookie(signIn("officer.a")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doubtOnlyProhibitionCovers: DOMESTIC_ABUSE_VICTIMS")));
    }

    @Test
    void a_bad_file_pasted_by_the_dpo_lists_every_problem_stores_nothing_and_leaves_the_protocol_in_force() throws Exception {
        Cookie dpo = signIn("dpo");
        String before = files.inForce();
        long drafts = count("protocol_draft");
        String bad = ProtocolFiles.withId(ProtocolFiles.defaultProtocol(), "safeshare-default-2026.1", "bad-2026.3")
                .replace("doubtOnlyProhibitionCovers: DOMESTIC_ABUSE_VICTIMS", "doubtOnlyProhibitionCovers: NOBODY")
                .replace("  marac-confidentiality:\n", "  marac-confidentially:\n");
        mvc.perform(get("/protocol/drafts").cookie(dpo))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("&lt;section&gt;"))));
        mvc.perform(multipart("/protocol/drafts").param("content", bad).cookie(dpo).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id: bad-2026.3")))
                .andExpect(content().string(containsString("The file cannot be used: ")))
                .andExpect(content().string(containsString("Nothing has been stored, and the protocol in force is unchanged")))
                .andExpect(content().string(containsString("settings.doubtOnlyProhibitionCovers: &#39;NOBODY&#39; is not one of")))
                .andExpect(content().string(containsString("did you mean marac-confidentiality?")));
        assertThat(count("protocol_draft")).isEqualTo(drafts);
        assertThat(files.inForce()).isEqualTo(before);
    }

    @Test
    void the_dpo_uploads_a_draft_sees_how_it_differs_replays_it_and_publishes_it() throws Exception {
        Person witness = fixture.person("OTHER", "WITNESS", "NOT_KNOWN", null, "1979-07-07");
        fixture.askForId(SharingFixture.request(witness).to("IMMIGRATION_ENFORCEMENT", "INVESTIGATION"));
        Cookie dpo = signIn("dpo");
        MockMultipartFile upload = new MockMultipartFile("file", "all-victims.yaml", "application/yaml",
                ProtocolFiles.allVictimsExample().getBytes(StandardCharsets.UTF_8));
        String draft = mvc.perform(multipart("/protocol/drafts").file(upload).cookie(dpo).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/protocol/drafts/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(draft).cookie(dpo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Setting doubtOnlyProhibitionCovers: Victims of domestic abuse \u2192 All victims and witnesses of crime")))
                .andExpect(content().string(containsString("Rule immigration-status-check-only, alsoCoversWitnesses: No \u2192 Yes")))
                .andExpect(content().string(containsString("Publish this version")));

        String replay = mvc.perform(post(draft + "/replays").cookie(dpo).with(csrf()))
                .andExpect(redirectedUrlPattern("/protocol/replays/*"))
                .andReturn().getResponse().getRedirectedUrl();
        files.finished(replay.substring(replay.lastIndexOf('/') + 1));
        mvc.perform(get(replay).cookie(dpo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("decisions would change")))
                .andExpect(content().string(containsString("Sharing is prohibited")))
                .andExpect(content().string(containsString("Now applies: All victims and witnesses")));

        try {
            mvc.perform(post(draft + "/publish").cookie(dpo).with(csrf()))
                    .andExpect(redirectedUrl("/protocol"));
            mvc.perform(get("/protocol").cookie(dpo))
                    .andExpect(content().string(containsString("is published and now in force")))
                    .andExpect(content().string(containsString("All victims and witnesses of crime")));
        } finally {
            files.restoreDefault();
        }
    }

    @Test
    void only_the_dpo_opens_the_drafting_pages_or_publishes() throws Exception {
        String draft = files.draft(ProtocolFiles.allVictimsExample());
        for (String user : new String[]{"officer.a", "sergeant", "partner.harbour"}) {
            Cookie session = signIn(user);
            mvc.perform(get("/protocol/drafts").cookie(session)).andExpect(status().isForbidden());
            mvc.perform(post("/protocol/drafts/" + draft + "/publish").cookie(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }
}
