package uk.safeshare.notices.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * Sends e-mails through GOV.UK Notify when an API key is configured, and records every attempt
 * (recipient encrypted). Without a key nothing is sent: SafeShare works the same, just without e-mails.
 */
@Component
class NotifyGateway {

    private static final Logger log = LoggerFactory.getLogger(NotifyGateway.class);

    enum Outcome { SENT, FAILED, NOT_CONFIGURED }

    private final NotificationClient client;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;
    private final String serviceUrl;

    NotifyGateway(@Value("${safeshare.notify.api-key:}") String apiKey, @Value("${safeshare.notify.base-url}") String baseUrl,
                  @Value("${safeshare.notify.service-url}") String serviceUrl, JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.client = apiKey == null || apiKey.isBlank() ? null : new NotificationClient(apiKey, baseUrl);
        this.serviceUrl = serviceUrl;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    boolean configured() {
        return client != null;
    }

    /** A link into SafeShare for a message: the service's public address and the page's path. */
    String link(String path) {
        return serviceUrl + path;
    }

    Outcome sendEmail(String kind, String templateId, String email, Map<String, ?> personalisation, String reference) {
        if (client == null || templateId == null || templateId.isBlank()) {
            return Outcome.NOT_CONFIGURED;
        }
        Outcome outcome;
        String notifyId = null;
        String error = null;
        try {
            notifyId = client.sendEmail(templateId, email, personalisation, reference).getNotificationId().toString();
            outcome = Outcome.SENT;
        } catch (NotificationClientException e) {
            // Notify's own message says what was wrong (bad template, unknown address); never the recipient.
            error = "HTTP " + e.getHttpResult() + ": " + e.getMessage();
            log.warn("GOV.UK Notify refused a {} message for {}: {}", kind, reference, error);
            outcome = Outcome.FAILED;
        }
        jdbc.sql("""
                INSERT INTO notification (id, kind, recipient, template_id, reference, status, notify_id, error, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), kind, cipher.encrypt(email), templateId, reference, outcome.name(), notifyId, error,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return outcome;
    }
}
