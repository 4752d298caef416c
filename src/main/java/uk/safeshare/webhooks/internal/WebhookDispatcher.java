package uk.safeshare.webhooks.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.pathways.ReferralSent;
import uk.safeshare.pathways.ReferralStatusChanged;
import uk.safeshare.register.Register;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.webhooks.WebhookSignature;

/**
 * Sends a partner system a signed event when a referral to its organisation is made or changes: the
 * reference, the status and a link, never anything about the person. Runs after the referral commits,
 * from Spring Modulith's durable event registry; a send that fails is tried again with back-off (1, 2,
 * 4 … times the base delay), every attempt is logged, and if every attempt fails the publication stays
 * incomplete in the registry, to be sent again later. The message id is the same for every attempt, so
 * the receiver can tell a retry from a new event. No redirects are followed.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

    private final Register register;
    private final WebhookStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final String serviceUrl;
    private final int attempts;
    private final Duration backoff;
    private final boolean allowHttpToLocalhost;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDispatcher(Register register, WebhookStore store, JsonMapper json, Clock clock,
                      @Value("${safeshare.notify.service-url}") String serviceUrl,
                      @Value("${safeshare.webhooks.attempts:3}") int attempts,
                      @Value("${safeshare.webhooks.backoff:PT1S}") Duration backoff,
                      @Value("${safeshare.webhooks.allow-http-to-localhost:false}") boolean allowHttpToLocalhost) {
        this.register = register;
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.serviceUrl = serviceUrl;
        this.attempts = Math.max(1, attempts);
        this.backoff = backoff;
        this.allowHttpToLocalhost = allowHttpToLocalhost;
    }

    @ApplicationModuleListener
    void on(ReferralSent sent) {
        deliver(sent.registerId(), "referral.sent", sent.referralId(), sent.reference(), "SENT");
    }

    @ApplicationModuleListener
    void on(ReferralStatusChanged changed) {
        deliver(changed.registerId(), "referral.updated", changed.referralId(), changed.reference(), changed.status());
    }

    /** Sends the event to the organisation's webhook, if it has one; returns whether it was delivered (or nothing was owed). */
    boolean deliver(UUID registerId, String type, UUID referralId, String reference, String status) {
        RegisteredOrganisation organisation = registerId == null ? null : register.find(registerId).orElse(null);
        if (organisation == null || organisation.webhookUrl() == null) {
            return true;
        }
        String url = organisation.webhookUrl();
        String eventId = "msg_" + UUID.nameUUIDFromBytes((referralId + ":" + type + ":" + status).getBytes(StandardCharsets.UTF_8));
        if (!allowed(url)) {
            store.log(new WebhookStore.Delivery(UUID.randomUUID(), eventId, registerId, url, type, reference, 0, null, "REFUSED",
                    "Only https addresses are sent to", clock.instant()));
            return true;
        }
        String secret = store.secret(registerId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", reference);
        data.put("status", status);
        data.put("link", serviceUrl + "/partner/referrals/" + referralId);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("timestamp", clock.instant().toString());
        event.put("data", data);
        String body = json.writeValueAsString(event);
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(backoff.multipliedBy(1L << Math.min(attempt - 2, 10)));
            }
            if (send(registerId, url, secret, eventId, type, reference, body, attempt)) {
                return true;
            }
        }
        // Left incomplete in the event registry, so it is sent again when incomplete publications are resubmitted.
        throw new IllegalStateException("Webhook " + eventId + " to " + url + " was not delivered after " + attempts + " attempts");
    }

    private boolean send(UUID organisationId, String url, String secret, String eventId, String type, String reference,
                         String body, int attempt) {
        Instant at = clock.instant();
        long timestamp = at.getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.ID_HEADER, eventId)
                    .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, eventId, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            boolean ok = response.statusCode() / 100 == 2;
            store.log(new WebhookStore.Delivery(UUID.randomUUID(), eventId, organisationId, url, type, reference, attempt,
                    response.statusCode(), ok ? "DELIVERED" : "FAILED", ok ? null : "HTTP " + response.statusCode(), at));
            return ok;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending webhook " + eventId, e);
        } catch (Exception e) {
            log.warn("Webhook {} attempt {} to {} failed: {}", eventId, attempt, url, e.toString());
            store.log(new WebhookStore.Delivery(UUID.randomUUID(), eventId, organisationId, url, type, reference, attempt, null,
                    "FAILED", e.getClass().getSimpleName(), at));
            return false;
        }
    }

    /** https only; plain http only to this machine, and only where the configuration allows it (development and tests). */
    private boolean allowed(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || (allowHttpToLocalhost && scheme.equals("http") && LOCAL_HOSTS.contains(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a webhook", e);
        }
    }
}
