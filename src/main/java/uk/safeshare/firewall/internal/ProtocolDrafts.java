package uk.safeshare.firewall.internal;

import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.internal.ProtocolViews.ProtocolView;
import uk.safeshare.firewall.internal.ProtocolViews.VersionSummary;
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
import uk.safeshare.firewall.protocol.ProtocolDocument;
import uk.safeshare.firewall.protocol.ProtocolEngine;
import uk.safeshare.firewall.protocol.ProtocolParser;
import uk.safeshare.firewall.protocol.ProtocolValidationException;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Replay;
import uk.safeshare.firewall.protocol.RuleSet;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * The data protection officer's work on the protocol: read the published versions, draft a new
 * one from its file (stored only once every check passes) and publish it. Replays of a draft against
 * past requests are {@link ProtocolReplays}.
 */
@Service
public class ProtocolDrafts {

    private static final Logger log = LoggerFactory.getLogger(ProtocolDrafts.class);

    private final JdbcClient jdbc;
    private final ProtocolStore protocols;
    private final SharingRepository requests;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ProtocolParser parser = new ProtocolParser();

    ProtocolDrafts(JdbcClient jdbc, ProtocolStore protocols, SharingRepository requests, Identity identity,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.protocols = protocols;
        this.requests = requests;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record Draft(UUID id, String protocolId, String contentHash, String title, String basedOn, String createdBy,
                        Instant createdAt, Instant publishedAt) {
    }

    /** One request whose decision would change, as the DPO sees it. */
    public record ChangeView(UUID requestId, String caseReference, Instant requestedAt, PersonRole role, boolean child,
                             Set<CrimeType> crimeTypes, StatusBasis statusBasis, Recipient recipient, Purpose purpose,
                             String decidedUnder, String before, String after, boolean outcomeChanged,
                             List<String> differences, List<String> rulesNowFiring, List<String> rulesNoLongerFiring) {
    }

    public enum ReplayStatus { RUNNING, DONE, FAILED }

    public record ReplayView(UUID id, UUID draftId, String draftProtocolId, String requestedBy, Instant requestedAt,
                             LocalDate from, LocalDate to, ReplayStatus status, int done, int total, int changed,
                             int outcomeChanges, Instant finishedAt, List<ChangeView> changes, boolean todaysRegister) {

        public int percent() {
            return total == 0 ? 100 : (int) (100L * done / total);
        }
    }

    // ---- Reading ----

    public ProtocolView inForce() {
        ProtocolEngine engine = protocols.current();
        ProtocolStore.Published published = protocols.version(engine.protocol().id()).orElseThrow();
        return ProtocolViews.of(engine.protocol(), true, published.publishedBy(), published.publishedAt());
    }

    public ProtocolView version(String id) {
        ProtocolStore.Published published = protocols.version(id)
                .orElseThrow(() -> new NotFoundException("No published protocol version " + id));
        ProtocolEngine engine = protocols.engine(id).orElseThrow();
        boolean inForce = protocols.current().version().equals(engine.version());
        return ProtocolViews.of(engine.protocol(), inForce, published.publishedBy(), published.publishedAt());
    }

    public String versionFile(String id) {
        return protocols.text(id).orElseThrow(() -> new NotFoundException("No published protocol version " + id));
    }

    public List<VersionSummary> versions() {
        String current = protocols.current().protocol().id();
        return protocols.versions().stream()
                .map(p -> new VersionSummary(p.id(), p.contentHash(), p.title(), p.publishedBy(), p.publishedAt(),
                        p.id().equals(current)))
                .toList();
    }

    // ---- Drafting ----

    /**
     * Checks a protocol file and, only if it passes every check, stores it as a draft. A file that
     * fails throws {@link ProtocolValidationException} listing every problem; nothing is stored and
     * the protocol in force is untouched.
     */
    @Transactional
    public Draft draft(String text) {
        SafeShareUser user = dpo();
        if (text == null || text.isBlank()) {
            throw new ProtocolValidationException(List.of("The file is empty. Paste or upload the whole protocol file."));
        }
        ProtocolDocument document = parser.parse(text);
        List<String> clashes = protocols.clashes(document);
        if (!clashes.isEmpty()) {
            throw new ProtocolValidationException(clashes);
        }
        Draft draft = new Draft(UUID.randomUUID(), document.id(), document.contentHash(), document.title(),
                protocols.current().protocol().id(), user.username(), clock.instant(), null);
        jdbc.sql("INSERT INTO protocol_draft (id, protocol_id, content_hash, title, content, based_on, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(draft.id(), draft.protocolId(), draft.contentHash(), draft.title(), document.canonicalText(),
                        draft.basedOn(), draft.createdBy(), draft.createdAt().atOffset(ZoneOffset.UTC))
                .update();
        return draft;
    }

    public List<Draft> drafts() {
        dpo();
        return jdbc.sql("SELECT id, protocol_id, content_hash, title, based_on, created_by, created_at, published_at"
                        + " FROM protocol_draft WHERE published_at IS NULL ORDER BY created_at DESC LIMIT 50")
                .query(ProtocolDrafts::draftRow).list();
    }

    public Draft draftById(UUID id) {
        dpo();
        return findDraft(id).orElseThrow(() -> new NotFoundException("No draft " + id));
    }

    public String draftFile(UUID id) {
        dpo();
        return jdbc.sql("SELECT content FROM protocol_draft WHERE id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("No draft " + id));
    }

    /** The draft as a readable document, and how it differs from the version in force. */
    public ProtocolView draftView(UUID id) {
        return ProtocolViews.of(parser.parse(draftFile(id)), false, null, null);
    }

    public List<String> differencesFromInForce(UUID id) {
        return ProtocolViews.differences(inForce(), draftView(id));
    }

    /** Publishes a draft: it becomes the version in force for every decision from now on. */
    @Transactional
    public ProtocolView publish(UUID draftId) {
        SafeShareUser user = dpo();
        Draft draft = jdbc.sql("SELECT id, protocol_id, content_hash, title, based_on, created_by, created_at, published_at"
                        + " FROM protocol_draft WHERE id = ? FOR UPDATE").param(draftId)
                .query(ProtocolDrafts::draftRow).optional()
                .orElseThrow(() -> new NotFoundException("No draft " + draftId));
        if (draft.publishedAt() != null) {
            throw new ConflictException("This draft has already been published as version " + draft.protocolId() + ".");
        }
        ProtocolDocument document = parser.parse(jdbc.sql("SELECT content FROM protocol_draft WHERE id = ?")
                .param(draftId).query(String.class).single());
        ProtocolStore.Published published = protocols.publish(document, user.username());
        jdbc.sql("UPDATE protocol_draft SET published_at = ? WHERE id = ?")
                .params(published.publishedAt().atOffset(ZoneOffset.UTC), draftId).update();
        log.info("{} published protocol version {}", user.username(), document.version());
        return ProtocolViews.of(document, true, user.username(), published.publishedAt());
    }

    private SafeShareUser dpo() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer drafts, replays and publishes protocol versions.");
        }
        return user;
    }

    private Optional<Draft> findDraft(UUID id) {
        return jdbc.sql("SELECT id, protocol_id, content_hash, title, based_on, created_by, created_at, published_at"
                        + " FROM protocol_draft WHERE id = ?").param(id)
                .query(ProtocolDrafts::draftRow).optional();
    }

    private static Draft draftRow(ResultSet rs, int n) throws SQLException {
        OffsetDateTime published = rs.getObject("published_at", OffsetDateTime.class);
        return new Draft(rs.getObject("id", UUID.class), rs.getString("protocol_id"), rs.getString("content_hash"),
                rs.getString("title"), rs.getString("based_on"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                published == null ? null : published.toInstant());
    }
}
