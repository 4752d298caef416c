package uk.safeshare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;
import uk.safeshare.webhooks.WebhookSignature;

/** A referral made to, and accepted by, an organisation with a webhook reaches its system after each commit, signed. */
@SafeShareTest
class WebhookOnReferralTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;

    record Received(String id, String timestamp, String signature, String body) {
    }

    private String send(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).header("Authorization", tokens.bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_partner_system_is_told_of_the_referral_and_of_its_acceptance_with_the_reference_and_nothing_about_the_person()
            throws Exception {
        BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst(WebhookSignature.ID_HEADER), h.getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    h.getFirst(WebhookSignature.SIGNATURE_HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        UUID harbour = jdbc.sql("SELECT id FROM register_organisation WHERE name = 'Harbour Migrant Women''s Project'")
                .query(UUID.class).single();
        jdbc.sql("UPDATE register_organisation SET webhook_url = ? WHERE id = ?")
                .params("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", harbour).update();
        try {
            String secret = JsonPath.read(send("admin", "/api/v1/webhooks/secrets/" + harbour, ""), "$.secret");
            String caseId = JsonPath.read(send("officer.a", "/api/v1/cases", TestData.aReport().json()), "$.id");
            String personId = JsonPath.read(send("officer.a", "/api/v1/cases/" + caseId + "/people",
                    TestData.aVictim().named("Nadia", "Karim").json()), "$.id");
            String referral = send("officer.a", "/api/v1/cases/" + caseId + "/people/" + personId + "/referrals", """
                    {"supportServiceId":"%s","needs":["MIGRANT_BAME_LED_SUPPORT"],"basis":"CONSENT","consentGivenBy":"the victim",
                     "consentGivenAt":"%s","consentMethod":"IN_PERSON","sharedFields":["NAME"],"intermediary":false}"""
                    .formatted(harbour, Instant.now().minusSeconds(30)));
            String referralId = JsonPath.read(referral, "$.id");
            String reference = JsonPath.read(referral, "$.reference");

            Received sent = received.poll(20, TimeUnit.SECONDS);
            assertThat(sent).as("the referral's event").isNotNull();
            assertThat(WebhookSignature.verify(secret, sent.id(), sent.timestamp(), sent.body(), sent.signature(), Instant.now())).isTrue();
            assertThat((String) JsonPath.read(sent.body(), "$.type")).isEqualTo("referral.sent");
            assertThat((String) JsonPath.read(sent.body(), "$.data.reference")).isEqualTo(reference);
            assertThat(sent.body()).doesNotContain("Nadia").doesNotContain("Karim");

            send("partner.harbour", "/api/v1/partner/referrals/" + referralId + "/updates", "{\"status\":\"ACCEPTED\"}");
            Received accepted = received.poll(20, TimeUnit.SECONDS);
            assertThat(accepted).as("the acceptance's event").isNotNull();
            assertThat((String) JsonPath.read(accepted.body(), "$.type")).isEqualTo("referral.updated");
            assertThat((String) JsonPath.read(accepted.body(), "$.data.status")).isEqualTo("ACCEPTED");
            assertThat(accepted.id()).isNotEqualTo(sent.id());
        } finally {
            jdbc.sql("UPDATE register_organisation SET webhook_url = NULL WHERE id = ?").param(harbour).update();
            receiver.stop(0);
        }
    }
}
