package uk.safeshare.webhooks.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.webhooks.WebhookSignature;

/** Each organisation's signing secret (encrypted at rest) and the log of every delivery attempt. */
@Repository
class WebhookStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final TransactionTemplate own;

    WebhookStore(JdbcClient jdbc, FieldCipher cipher, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        // The log and the secret are kept whatever becomes of the delivery that writes them.
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One attempt to deliver one event. */
    record Delivery(UUID id, String eventId, UUID organisationId, String url, String eventType, String reference, int attempt,
                    Integer statusCode, String outcome, String error, Instant attemptedAt) {
    }

    /** The organisation's secret, made the first time it is needed. */
    String secret(UUID organisationId) {
        return own.execute(status -> secretInOwnTransaction(organisationId));
    }

    private String secretInOwnTransaction(UUID organisationId) {
        Optional<String> stored = jdbc.sql("SELECT secret FROM webhook_secret WHERE organisation_id = ?").param(organisationId)
                .query(String.class).optional();
        if (stored.isPresent()) {
            return cipher.decrypt(stored.get());
        }
        String secret = WebhookSignature.newSecret();
        jdbc.sql("INSERT INTO webhook_secret (organisation_id, secret, created_at) VALUES (?, ?, ?)")
                .params(organisationId, cipher.encrypt(secret), OffsetDateTime.now(ZoneOffset.UTC)).update();
        return secret;
    }

    void log(Delivery d) {
        own.executeWithoutResult(status -> jdbc.sql("INSERT INTO webhook_delivery (id, event_id, organisation_id, url, event_type, reference, attempt, status_code,"
                        + " outcome, error, attempted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.id(), d.eventId(), d.organisationId(), d.url(), d.eventType(), d.reference(), d.attempt(),
                        d.statusCode(), d.outcome(), d.error(), d.attemptedAt().atOffset(ZoneOffset.UTC)).update());
    }

    List<Delivery> recent(UUID organisationId, int limit) {
        String where = organisationId == null ? "" : " WHERE organisation_id = :org";
        return jdbc.sql("SELECT * FROM webhook_delivery" + where + " ORDER BY attempted_at DESC, attempt DESC LIMIT :limit")
                .param("org", organisationId).param("limit", limit)
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getString("event_id"),
                        rs.getObject("organisation_id", UUID.class), rs.getString("url"), rs.getString("event_type"),
                        rs.getString("reference"), rs.getInt("attempt"), (Integer) rs.getObject("status_code"),
                        rs.getString("outcome"), rs.getString("error"),
                        rs.getObject("attempted_at", OffsetDateTime.class).toInstant())).list();
    }
}
