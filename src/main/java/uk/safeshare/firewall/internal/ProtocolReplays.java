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

import uk.safeshare.firewall.internal.ProtocolDrafts.ChangeView;
import uk.safeshare.firewall.internal.ProtocolDrafts.Draft;
import uk.safeshare.firewall.internal.ProtocolDrafts.ReplayStatus;
import uk.safeshare.firewall.internal.ProtocolDrafts.ReplayView;
import uk.safeshare.register.Register;

/**
 * Replaying a draft protocol against past requests, to see which decisions would change. A replay
 * decides on the facts each request stored (the recipient's category as it stood), unless the data
 * protection officer asks for today's register: then a request made to a registered organisation is
 * replayed with the category the register gives it now. It runs in the background with its progress
 * kept in the database, so a long one can be followed from any instance.
 */
@Service
public class ProtocolReplays {

    private static final Logger log = LoggerFactory.getLogger(ProtocolReplays.class);

    private final JdbcClient jdbc;
    private final ProtocolDrafts drafts;
    private final SharingRepository requests;
    private final SharingQueries pastRequests;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Register register;
    private final ProtocolParser parser = new ProtocolParser();
    private final ExecutorService replays = Executors.newVirtualThreadPerTaskExecutor();

    ProtocolReplays(JdbcClient jdbc, ProtocolDrafts drafts, SharingRepository requests, SharingQueries pastRequests,
                    Identity identity, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions, Register register) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.requests = requests;
        this.pastRequests = pastRequests;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.register = register;
    }

    @PreDestroy
    void stop() {
        replays.shutdownNow();
    }

    // ---- Replaying ----

    /** Starts replaying a draft against the requests made in a date range (either end may be open); returns the replay's id. */
    public UUID replay(UUID draftId, LocalDate from, LocalDate to, boolean todaysRegister) {
        SafeShareUser user = dpo();
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to", "The end of the date range must not be before its start");
        }
        Draft draft = drafts.draftById(draftId);
        Instant start = from == null ? null : from.atStartOfDay(SharingRequests.UK).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(SharingRequests.UK).toInstant();
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> jdbc.sql("INSERT INTO protocol_replay (id, draft_id, requested_by,"
                        + " requested_at, from_date, to_date, status, done, total, changed, outcome_changes, todays_register)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, 0, 0, ?)")
                .params(id, draftId, user.username(), clock.instant().atOffset(ZoneOffset.UTC), from, to,
                        ReplayStatus.RUNNING.name(), (int) pastRequests.countBetween(start, until), todaysRegister)
                .update());
        String text = drafts.draftFile(draft.id());
        String requestId = uk.safeshare.shared.web.RequestIds.current();
        replays.submit(() -> {
            org.slf4j.MDC.put(uk.safeshare.shared.web.RequestIds.MDC_KEY, requestId);
            try {
                run(id, draft.protocolId(), text, start, until, user.username(), todaysRegister);
            } finally {
                org.slf4j.MDC.clear();
            }
        });
        return id;
    }

    public ReplayView replayById(UUID id) {
        dpo();
        return jdbc.sql("SELECT r.id, r.draft_id, d.protocol_id, r.requested_by, r.requested_at, r.from_date, r.to_date,"
                        + " r.status, r.done, r.total, r.changed, r.outcome_changes, r.finished_at, r.result, r.todays_register"
                        + " FROM protocol_replay r JOIN protocol_draft d ON d.id = r.draft_id WHERE r.id = ?")
                .param(id)
                .query(this::replayRow).optional()
                .orElseThrow(() -> new NotFoundException("No replay " + id));
    }

    public List<ReplayView> replaysOf(UUID draftId) {
        dpo();
        return jdbc.sql("SELECT r.id, r.draft_id, d.protocol_id, r.requested_by, r.requested_at, r.from_date, r.to_date,"
                        + " r.status, r.done, r.total, r.changed, r.outcome_changes, r.finished_at, NULL AS result, r.todays_register"
                        + " FROM protocol_replay r JOIN protocol_draft d ON d.id = r.draft_id WHERE r.draft_id = ?"
                        + " ORDER BY r.requested_at DESC LIMIT 20")
                .param(draftId)
                .query(this::replayRow).list();
    }

    private void run(UUID replayId, String draftId, String text, Instant from, Instant until, String requestedBy,
                     boolean todaysRegister) {
        try {
            ProtocolEngine draft = new ProtocolEngine(parser.parse(text));
            List<RequestRow> rows = pastRequests.madeBetween(from, until);
            Map<String, RequestRow> byId = new HashMap<>();
            List<Replay.PastDecision> past = new ArrayList<>(rows.size());
            for (RequestRow row : rows) {
                byId.put(row.id().toString(), row);
                past.add(new Replay.PastDecision(row.id().toString(), facts(row, todaysRegister), requests.decision(row)));
            }
            Replay.Result result = new Replay(draft).run(past, (done, total) ->
                    jdbc.sql("UPDATE protocol_replay SET done = ?, total = ? WHERE id = ?").params(done, total, replayId).update());
            List<ChangeView> changes = new ArrayList<>();
            for (Replay.Change change : result.changes()) {
                RequestRow row = byId.get(change.requestId());
                SharingFacts facts = change.facts();
                changes.add(new ChangeView(row.id(), row.caseReference(), row.requestedAt(), facts.role(), facts.child(),
                        facts.crimeTypes(), facts.statusBasis(), facts.recipient(), facts.purpose(), row.protocolId(),
                        describe(change.before()), describe(change.after()), change.outcomeChanged(),
                        change.differences().stream().sorted()
                                // "Same decision, different reasons" would contradict a changed decision.
                                .filter(d -> !(change.outcomeChanged() && d == Replay.Difference.REASONS))
                                .map(Replay.Difference::label).toList(),
                        titles(change.rulesNowFiring()), titles(change.rulesNoLongerFiring())));
            }
            String sealed = requests.seal(changes);
            transaction.executeWithoutResult(status -> {
                jdbc.sql("UPDATE protocol_replay SET status = ?, done = ?, total = ?, changed = ?, outcome_changes = ?,"
                                + " result = ?, finished_at = ? WHERE id = ?")
                        .params(ReplayStatus.DONE.name(), result.replayed(), result.replayed(), changes.size(),
                                (int) result.outcomeChanges(), sealed, clock.instant().atOffset(ZoneOffset.UTC), replayId)
                        .update();
                events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, requestedBy, null,
                                "replayed draft protocol " + draftId + (todaysRegister ? " on today's register" : "")
                                        + " against " + result.replayed()
                                        + " past sharing requests; " + changes.size() + " decisions would change")
                        .aboutPeople(changes.stream().map(c -> byId.get(c.requestId().toString()).personId()).distinct().toList()));
            });
        } catch (RuntimeException e) {
            log.error("Replay {} of draft {} failed", replayId, draftId, e);
            jdbc.sql("UPDATE protocol_replay SET status = ?, finished_at = ? WHERE id = ?")
                    .params(ReplayStatus.FAILED.name(), clock.instant().atOffset(ZoneOffset.UTC), replayId).update();
        }
    }

    private static String describe(uk.safeshare.firewall.protocol.Decision decision) {
        return SharingViews.label(decision);
    }

    private static List<String> titles(List<String> ruleIds) {
        return ruleIds.stream().map(id -> RuleSet.standard().find(id).map(r -> r.title()).orElse(id)).toList();
    }

    /** The stored facts, or, on today's register, the same facts with the recipient's category as the register gives it now. */
    private SharingFacts facts(RequestRow row, boolean todaysRegister) {
        SharingFacts f = requests.facts(row);
        if (!todaysRegister || row.organisationId() == null) {
            return f;
        }
        Recipient now = register.find(row.organisationId()).map(o -> Recipient.valueOf(o.category().name())).orElse(f.recipient());
        return new SharingFacts(f.role(), f.child(), f.crimeTypes(), now, f.purpose(), f.stage(), f.statusBasis(), f.evidence(),
                f.suspectedOfNonImmigrationOffence(), f.suspicion(), f.consent(), f.dataCategories(), f.lawfulBasis(),
                f.justification(), f.threatToLife(), f.maracConfidentialityAcceptedByAll(), f.specialCategoryJustificationReviewed());
    }

    private SafeShareUser dpo() {
        SafeShareUser user = identity.current();
        if (!user.has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer drafts, replays and publishes protocol versions.");
        }
        return user;
    }

    private ReplayView replayRow(ResultSet rs, int n) throws SQLException {
        String sealed = rs.getString("result");
        List<ChangeView> changes = sealed == null ? List.of()
                : requests.open(sealed, new TypeReference<List<ChangeView>>() { });
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ReplayView(rs.getObject("id", UUID.class), rs.getObject("draft_id", UUID.class),
                rs.getString("protocol_id"), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class), ReplayStatus.valueOf(rs.getString("status")), rs.getInt("done"),
                rs.getInt("total"), rs.getInt("changed"), rs.getInt("outcome_changes"),
                finished == null ? null : finished.toInstant(), changes, rs.getBoolean("todays_register"));
    }
}
