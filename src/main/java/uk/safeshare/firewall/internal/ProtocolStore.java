package uk.safeshare.firewall.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.firewall.ProtocolVersionPublished;
import uk.safeshare.firewall.protocol.ProtocolDocument;
import uk.safeshare.firewall.protocol.ProtocolEngine;
import uk.safeshare.firewall.protocol.ProtocolParser;
import uk.safeshare.firewall.protocol.ProtocolValidationException;
import uk.safeshare.shared.ConflictException;

/**
 * The published protocol versions. A published version is never changed: it is stored with its
 * content hash, and the hash is checked again whenever the text is read back, so a version that
 * was altered in the database is refused rather than used. The version with the highest sequence
 * number is in force. Engines are cached by content hash; which version is in force is read from
 * the database on every decision, so a version published on one instance is used by all at once.
 */
@Component
class ProtocolStore {

    private static final Logger log = LoggerFactory.getLogger(ProtocolStore.class);
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final ProtocolParser parser = new ProtocolParser();
    private final Map<String, ProtocolEngine> engines = new ConcurrentHashMap<>();

    private final ApplicationEventPublisher events;

    ProtocolStore(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A published version, as listed. */
    record Published(String id, String contentHash, int seq, String title, String summary, String publishedBy,
                     Instant publishedAt) {
    }

    /** On first start nothing is published yet: the default protocol shipped with SafeShare is published. */
    @EventListener(ApplicationReadyEvent.class)
    void publishDefaultIfNoneIs() {
        if (latestRef().isEmpty()) {
            publishDefault();
        }
    }

    /** The engine for the version in force. */
    ProtocolEngine current() {
        Ref ref = latestRef().orElseGet(() -> {
            publishDefault();
            return latestRef().orElseThrow();
        });
        return engine(ref.id(), ref.contentHash());
    }

    /** The engine for a published version, by its id. */
    Optional<ProtocolEngine> engine(String id) {
        return jdbc.sql("SELECT id, content_hash FROM protocol_version WHERE id = ?").param(id)
                .query((rs, n) -> new Ref(rs.getString(1), rs.getString(2))).optional()
                .map(ref -> engine(ref.id(), ref.contentHash()));
    }

    Optional<String> text(String id) {
        return jdbc.sql("SELECT content FROM protocol_version WHERE id = ?").param(id).query(String.class).optional();
    }

    List<Published> versions() {
        return jdbc.sql("SELECT id, content_hash, seq, title, summary, published_by, published_at FROM protocol_version"
                        + " ORDER BY seq DESC")
                .query(ProtocolStore::published).list();
    }

    Optional<Published> version(String id) {
        return jdbc.sql("SELECT id, content_hash, seq, title, summary, published_by, published_at FROM protocol_version"
                        + " WHERE id = ?").param(id)
                .query(ProtocolStore::published).optional();
    }

    /**
     * Problems that stop a valid protocol file from being published alongside the versions already
     * published: its id is taken, or the same text is already published under another id.
     */
    List<String> clashes(ProtocolDocument document) {
        List<String> problems = new ArrayList<>();
        if (version(document.id()).isPresent()) {
            problems.add("id: '" + document.id() + "' is already the id of a published version, and published versions"
                    + " are never changed. Give this version a new id.");
        }
        jdbc.sql("SELECT id FROM protocol_version WHERE content_hash = ?").param(document.contentHash())
                .query(String.class).optional()
                .ifPresent(other -> problems.add("The file is identical to published version '" + other + "'."));
        return problems;
    }

    /**
     * Publishes a checked protocol in the caller's transaction. If another version is published at
     * the same moment, the database's unique sequence number lets only one through.
     */
    Published publish(ProtocolDocument document, String publishedBy) {
        List<String> clashes = clashes(document);
        if (!clashes.isEmpty()) {
            throw new ProtocolValidationException(clashes);
        }
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM protocol_version").query(Integer.class).single();
        String previousId = latestRef().map(Ref::id).orElse(null);
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    INSERT INTO protocol_version (id, content_hash, seq, title, summary, content, published_by, published_at)
                    VALUES (:id, :hash, :seq, :title, :summary, :content, :by, :at)""")
                    .param("id", document.id())
                    .param("hash", document.contentHash())
                    .param("seq", seq)
                    .param("title", document.title())
                    .param("summary", document.summary())
                    .param("content", document.canonicalText())
                    .param("by", publishedBy)
                    .param("at", now.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("Another protocol version was published at the same moment. Nothing was"
                    + " published: look at the version now in force and try again.");
        }
        engines.putIfAbsent(document.contentHash(), new ProtocolEngine(document));
        events.publishEvent(new ProtocolVersionPublished(document.id(), document.contentHash(), document.title(), previousId,
                publishedBy, now));
        return new Published(document.id(), document.contentHash(), seq, document.title(), document.summary(),
                publishedBy, now);
    }

    private void publishDefault() {
        ProtocolDocument document = parser.parseResource(ProtocolDocument.DEFAULT_RESOURCE);
        try {
            newTransaction.executeWithoutResult(status -> {
                if (latestRef().isEmpty()) {
                    publish(document, SYSTEM);
                    log.info("Published the default safeguarding protocol {}", document.version());
                }
            });
        } catch (ConflictException | ProtocolValidationException e) {
            // Another instance published first; its version is in force.
            log.info("The default protocol was published by another instance");
        }
    }

    private record Ref(String id, String contentHash) {
    }

    private Optional<Ref> latestRef() {
        return jdbc.sql("SELECT id, content_hash FROM protocol_version ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Ref(rs.getString(1), rs.getString(2))).optional();
    }

    private ProtocolEngine engine(String id, String contentHash) {
        return engines.computeIfAbsent(contentHash, hash -> {
            String content = text(id).orElseThrow();
            ProtocolDocument document = parser.parse(content);
            if (!document.contentHash().equals(hash) || !document.id().equals(id)) {
                throw new IllegalStateException("Published protocol version " + id + " does not match its recorded"
                        + " content hash; it has been altered and will not be used");
            }
            return new ProtocolEngine(document);
        });
    }

    private static Published published(ResultSet rs, int n) throws SQLException {
        return new Published(rs.getString("id"), rs.getString("content_hash"), rs.getInt("seq"), rs.getString("title"),
                rs.getString("summary"), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }
}
