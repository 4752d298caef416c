package uk.safeshare.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.safeshare.support.SafeShareTest;
import uk.safeshare.support.Tokens;
import uk.safeshare.webhooks.WebhookSignature;

/** Signed events to a partner system, tried again with back-off, every attempt in the administrators' log. */
@SafeShareTest
class WebhookDeliveryTest {

    @Autowired MockMvc mvc;
    @Autowired Tokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired WebhookDispatcher dispatcher;

    /** What the local receiver was sent. */
    record Received(Map<String, String> headers, String body) {
    }

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> replies = new ArrayDeque<>();
    private UUID organisation;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.of(
                    "id", exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER),
                    "timestamp", exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    "signature", exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER)), body));
            Integer code;
            synchronized (replies) {
                code = replies.isEmpty() ? 200 : replies.poll();
            }
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        });
        receiver.start();
        String created = mvc.perform(post("/api/v1/register").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Partner System %s","webhookUrl":"https://partner.example/hook"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        organisation = UUID.fromString(JsonPath.read(created, "$.id"));
        // The API takes https only; the receiver here is plain http on this machine, which the test configuration allows.
        jdbc.sql("UPDATE register_organisation SET webhook_url = ? WHERE id = ?")
                .params("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", organisation).update();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String secret() throws Exception {
        String body = mvc.perform(post("/api/v1/webhooks/secrets/" + organisation).header("Authorization", tokens.bearer("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.secret");
    }

    private void reply(Integer... codes) {
        synchronized (replies) {
            replies.addAll(List.of(codes));
        }
    }

    @Test
    void a_referral_event_is_signed_carries_nothing_about_the_person_and_is_retried_until_delivered() throws Exception {
        String secret = secret();
        UUID referral = UUID.randomUUID();
        reply(500, 503);

        assertThat(dispatcher.deliver(organisation, "referral.updated", referral, "REF-2026-000777", "ACCEPTED")).isTrue();

        assertThat(received).hasSize(3);
        assertThat(received).extracting(r -> r.headers().get("id")).containsOnly(received.getFirst().headers().get("id"));
        for (Received r : received) {
            assertThat(WebhookSignature.verify(secret, r.headers().get("id"), r.headers().get("timestamp"), r.body(),
                    r.headers().get("signature"), Instant.now())).isTrue();
        }
        Received last = received.getLast();
        assertThat((String) JsonPath.read(last.body(), "$.type")).isEqualTo("referral.updated");
        assertThat((String) JsonPath.read(last.body(), "$.data.reference")).isEqualTo("REF-2026-000777");
        assertThat((String) JsonPath.read(last.body(), "$.data.status")).isEqualTo("ACCEPTED");
        assertThat((String) JsonPath.read(last.body(), "$.data.link")).endsWith("/partner/referrals/" + referral);
        assertThat(JsonPath.<Map<String, Object>>read(last.body(), "$.data")).containsOnlyKeys("reference", "status", "link");

        mvc.perform(get("/api/v1/webhooks/deliveries").param("organisationId", organisation.toString())
                        .header("Authorization", tokens.bearer("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].outcome").value("DELIVERED"))
                .andExpect(jsonPath("$[0].attempt").value(3))
                .andExpect(jsonPath("$[1].statusCode").value(503))
                .andExpect(jsonPath("$[2].outcome").value("FAILED"));
    }

    @Test
    void a_partner_system_that_never_answers_well_leaves_the_event_undelivered_with_every_attempt_logged() throws Exception {
        reply(500, 500, 500, 500, 500);
        assertThatThrownBy(() -> dispatcher.deliver(organisation, "referral.sent", UUID.randomUUID(), "REF-2026-000778", "SENT"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not delivered after 3 attempts");
        assertThat(received).hasSize(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_delivery WHERE organisation_id = ? AND outcome = 'FAILED'")
                .param(organisation).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_tampered_stale_or_wrongly_keyed_message_does_not_verify() throws Exception {
        String secret = secret();
        dispatcher.deliver(organisation, "referral.sent", UUID.randomUUID(), "REF-2026-000779", "SENT");
        Received r = received.getFirst();
        String id = r.headers().get("id");
        String ts = r.headers().get("timestamp");
        String signature = r.headers().get("signature");
        assertThat(WebhookSignature.verify(secret, id, ts, r.body(), signature, Instant.now())).isTrue();
        assertThat(WebhookSignature.verify(secret, id, ts, r.body().replace("SENT", "CLOSED"), signature, Instant.now())).isFalse();
        assertThat(WebhookSignature.verify(secret, id, ts, r.body(), signature, Instant.now().plusSeconds(600))).isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), id, ts, r.body(), signature, Instant.now())).isFalse();
    }

    @Test
    void only_administrators_see_the_log_and_the_secrets() throws Exception {
        for (String user : List.of("dpo", "caseworker", "partner.harbour")) {
            mvc.perform(get("/api/v1/webhooks/deliveries").header("Authorization", tokens.bearer(user))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/webhooks/secrets/" + organisation).header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void an_address_that_is_not_https_is_never_sent_to() throws IOException {
        jdbc.sql("UPDATE register_organisation SET webhook_url = 'http://partner.example/hook' WHERE id = ?").param(organisation).update();
        assertThat(dispatcher.deliver(organisation, "referral.sent", UUID.randomUUID(), "REF-2026-000780", "SENT")).isTrue();
        assertThat(received).isEmpty();
        assertThat(jdbc.sql("SELECT outcome FROM webhook_delivery WHERE organisation_id = ?").param(organisation)
                .query(String.class).list()).containsExactly("REFUSED");
    }
}
