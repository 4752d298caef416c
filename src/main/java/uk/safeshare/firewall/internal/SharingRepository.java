package uk.safeshare.firewall.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.firewall.internal.Sharing.Capacity;
import uk.safeshare.firewall.internal.Sharing.ObligationStatus;
import uk.safeshare.firewall.internal.Sharing.ReviewKind;
import uk.safeshare.firewall.internal.Sharing.Status;
import uk.safeshare.firewall.internal.Sharing.Verdict;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * One sharing request and its obligations, reviews and disclosure: what the request path reads, locks and writes, in SQL
 * both databases understand. Lists of requests are {@link SharingQueries}.
 */
@Repository
class SharingRepository {

    static final String REQUEST_COLUMNS = "id, case_id, person_id, team_id, case_reference, requested_by,"
            + " requested_at, recipient, recipient_name, purpose, immigration_enforcement, facts, outcome, reviewer,"
            + " emergency, decision, protocol_id, protocol_hash, status, updated_at, organisation_id, recipient_screened";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StoredForm stored;

    SharingRepository(JdbcClient jdbc, JdbcTemplate batch, StoredForm stored) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.stored = stored;
    }

    /** What the person record said that monitoring needs, kept with the request as it was then. */
    record Profile(SelfDefinedEthnicity ethnicitySelfDefined, ObservedEthnicity ethnicityObserved, String nationality) {
    }

    /** The sealed content of a request: the facts decided on and the person's profile at the time. */
    record Sealed(StoredForm.Facts facts, Profile profile) {
    }

    record RequestRow(UUID id, UUID caseId, UUID personId, UUID teamId, String caseReference, String requestedBy,
                      Instant requestedAt, Recipient recipient, String recipientName, Purpose purpose,
                      boolean immigrationEnforcement, String sealedFacts, Decision.Kind outcome, Reviewer reviewer,
                      boolean emergency, String sealedDecision, String protocolId, String protocolHash, Status status,
                      Instant updatedAt, UUID organisationId, boolean recipientScreened) {
    }

    record ObligationRow(Obligation obligation, Obligation.Kind kind, ObligationStatus status, String metBy,
                         Instant metAt, String note) {
    }

    record ReviewRow(ReviewKind kind, Capacity capacity, String reviewedBy, Instant reviewedAt, Verdict verdict,
                     String reasons) {
    }

    record DisclosureRow(String disclosedBy, Instant disclosedAt, LawfulBasis lawfulBasis, Set<DataCategory> dataCategories,
                         LocalDate retentionReviewOn) {
    }

    void insert(RequestRow r) {
        jdbc.sql("INSERT INTO sharing_request (" + REQUEST_COLUMNS + ") VALUES (:id, :caseId, :personId, :teamId,"
                        + " :caseReference, :requestedBy, :requestedAt, :recipient, :recipientName, :purpose, :immigration,"
                        + " :facts, :outcome, :reviewer, :emergency, :decision, :protocolId, :protocolHash, :status, :updatedAt,"
                        + " :organisationId, :screened)")
                .param("id", r.id())
                .param("caseId", r.caseId())
                .param("personId", r.personId())
                .param("teamId", r.teamId())
                .param("caseReference", r.caseReference())
                .param("requestedBy", r.requestedBy())
                .param("requestedAt", utc(r.requestedAt()))
                .param("recipient", r.recipient().name())
                .param("recipientName", r.recipientName())
                .param("purpose", r.purpose().name())
                .param("immigration", r.immigrationEnforcement())
                .param("facts", r.sealedFacts())
                .param("outcome", r.outcome().name())
                .param("reviewer", r.reviewer() == null ? null : r.reviewer().name())
                .param("emergency", r.emergency())
                .param("decision", r.sealedDecision())
                .param("protocolId", r.protocolId())
                .param("protocolHash", r.protocolHash())
                .param("status", r.status().name())
                .param("updatedAt", utc(r.updatedAt()))
                .param("organisationId", r.organisationId())
                .param("screened", r.recipientScreened())
                .update();
    }

    Optional<RequestRow> find(UUID id) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM sharing_request WHERE id = ?").param(id)
                .query(SharingRepository::request).optional();
    }

    /** The request, its row locked until the transaction ends: every change to a request takes this lock first. */
    Optional<RequestRow> lock(UUID id) {
        return jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM sharing_request WHERE id = ? FOR UPDATE").param(id)
                .query(SharingRepository::request).optional();
    }

    void updateStatus(UUID id, Status status, Instant now) {
        jdbc.sql("UPDATE sharing_request SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), utc(now), id).update();
    }

    /** One batched statement for all of a request's obligations. */
    void insertObligations(UUID requestId, Set<Obligation> obligations) {
        if (obligations.isEmpty()) {
            return;
        }
        batch.batchUpdate("INSERT INTO sharing_obligation (request_id, obligation, kind, status) VALUES (?, ?, ?, ?)",
                obligations.stream().map(o -> new Object[]{requestId, o.name(), o.kind().name(), ObligationStatus.OWED.name()})
                        .toList());
    }

    List<ObligationRow> obligations(UUID requestId) {
        return jdbc.sql("SELECT obligation, kind, status, met_by, met_at, note FROM sharing_obligation WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> new ObligationRow(Obligation.valueOf(rs.getString(1)),
                        Obligation.Kind.valueOf(rs.getString(2)), ObligationStatus.valueOf(rs.getString(3)),
                        rs.getString(4), instant(rs, 5), rs.getString(6)))
                .list().stream()
                .sorted((a, b) -> Integer.compare(a.obligation().ordinal(), b.obligation().ordinal()))
                .toList();
    }

    void meet(UUID requestId, Obligation obligation, String by, Instant at, String note) {
        jdbc.sql("UPDATE sharing_obligation SET status = ?, met_by = ?, met_at = ?, note = ?"
                        + " WHERE request_id = ? AND obligation = ? AND status = ?")
                .params(ObligationStatus.MET.name(), by, utc(at), note, requestId, obligation.name(),
                        ObligationStatus.OWED.name())
                .update();
    }

    /** Disclosure conditions are not needed once it is settled that nothing will be shared. */
    void disclosureObligationsNotNeeded(UUID requestId) {
        jdbc.sql("UPDATE sharing_obligation SET status = ? WHERE request_id = ? AND kind = ? AND status = ?")
                .params(ObligationStatus.NOT_NEEDED.name(), requestId, Obligation.Kind.DISCLOSURE.name(),
                        ObligationStatus.OWED.name())
                .update();
    }

    void insertReview(UUID requestId, ReviewRow review) {
        jdbc.sql("INSERT INTO sharing_review (id, request_id, kind, capacity, reviewed_by, reviewed_at, verdict, reasons)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), requestId, review.kind().name(), review.capacity().name(), review.reviewedBy(),
                        utc(review.reviewedAt()), review.verdict().name(), review.reasons())
                .update();
    }

    List<ReviewRow> reviews(UUID requestId) {
        return jdbc.sql("SELECT kind, capacity, reviewed_by, reviewed_at, verdict, reasons FROM sharing_review"
                        + " WHERE request_id = ? ORDER BY reviewed_at, id")
                .param(requestId)
                .query((rs, n) -> new ReviewRow(ReviewKind.valueOf(rs.getString(1)), Capacity.valueOf(rs.getString(2)),
                        rs.getString(3), instant(rs, 4), Verdict.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
    }

    void insertDisclosure(UUID requestId, DisclosureRow d) {
        jdbc.sql("INSERT INTO sharing_disclosure (request_id, disclosed_by, disclosed_at, lawful_basis, data_categories,"
                        + " retention_review_on) VALUES (?, ?, ?, ?, ?, ?)")
                .params(requestId, d.disclosedBy(), utc(d.disclosedAt()), d.lawfulBasis().name(),
                        d.dataCategories().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        d.retentionReviewOn())
                .update();
    }

    Optional<DisclosureRow> disclosure(UUID requestId) {
        return jdbc.sql("SELECT disclosed_by, disclosed_at, lawful_basis, data_categories, retention_review_on"
                        + " FROM sharing_disclosure WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> new DisclosureRow(rs.getString(1), instant(rs, 2), LawfulBasis.valueOf(rs.getString(3)),
                        categories(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .optional();
    }

    Sealed open(RequestRow row) {
        return stored.open(row.sealedFacts(), Sealed.class);
    }

    SharingFacts facts(RequestRow row) {
        return open(row).facts().toFacts();
    }

    Decision decision(RequestRow row) {
        return stored.open(row.sealedDecision(), StoredForm.StoredDecision.class).toDecision();
    }

    String seal(Object value) {
        return stored.seal(value);
    }

    <T> T open(String sealed, tools.jackson.core.type.TypeReference<T> type) {
        return stored.open(sealed, type);
    }

    private static Set<DataCategory> categories(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).map(DataCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    }

    static RequestRow request(ResultSet rs, int n) throws SQLException {
        String reviewer = rs.getString("reviewer");
        return new RequestRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("case_reference"),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
                Recipient.valueOf(rs.getString("recipient")), rs.getString("recipient_name"),
                Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("immigration_enforcement"), rs.getString("facts"),
                Decision.Kind.valueOf(rs.getString("outcome")), reviewer == null ? null : Reviewer.valueOf(reviewer),
                rs.getBoolean("emergency"), rs.getString("decision"), rs.getString("protocol_id"),
                rs.getString("protocol_hash"), Status.valueOf(rs.getString("status")),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getObject("organisation_id", UUID.class),
                rs.getBoolean("recipient_screened"));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
