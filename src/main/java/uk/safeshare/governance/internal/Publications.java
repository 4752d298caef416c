package uk.safeshare.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.governance.TrackerCommands.GenerateReport;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.TrackerViews.Evidence;
import uk.safeshare.governance.TrackerViews.Item;
import uk.safeshare.governance.internal.Documents.Document;
import uk.safeshare.governance.internal.Documents.Frozen;
import uk.safeshare.governance.internal.Documents.Kind;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * The monthly Vulnerability Board pack and the progress report to the inspectorate: each made from
 * the tracker and the live evidence, then frozen (never updated or deleted) with its SHA-256.
 */
@Service
class Publications {

    static final String DEFAULT_TITLE = "Progress in implementing the \"Safe to share?\" recommendations";

    private final JdbcClient jdbc;
    private final Tracker tracker;
    private final LiveEvidence evidence;
    private final Forums forums;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publications(JdbcClient jdbc, Tracker tracker, LiveEvidence evidence, Forums forums, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tracker = tracker;
        this.evidence = evidence;
        this.forums = forums;
        this.events = events;
        this.clock = clock;
    }

    /** A frozen pack or report, as listed. */
    record Summary(UUID id, String title, LocalDate asOf, Instant generatedAt, String generatedBy, String sha256) {
    }

    /** One difference between two reports. */
    record Difference(String itemCode, String text) {
    }

    // ---- Progress reports ----

    @Transactional
    public Frozen generateReport(GenerateReport command) {
        SafeShareUser me = tracker.requireEditor();
        Checks checks = new Checks();
        LocalDate asOf = command == null ? null : command.asOf();
        checks.require("asOf", asOf, "Enter the date the report is as of");
        checks.when(asOf != null && asOf.isAfter(tracker.today()), "asOf", "The report can be as of today or an earlier date, not a future one");
        checks.when(asOf != null && asOf.isBefore(Checks.EARLIEST), "asOf", "The report must be as of 17 December 2020 or later");
        String title = checks.text("title", "the title", command == null ? null : command.title(), 200, false);
        checks.done();
        Frozen frozen = freeze(asOf, title == null ? DEFAULT_TITLE : title, me.username(), clock.instant());
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, me.username(), null,
                "Governance progress report as of " + asOf + " generated and frozen, sha256 " + frozen.sha256()));
        return frozen;
    }

    /** Makes and stores the report; the caller has checked who may, and the date. */
    Frozen freeze(LocalDate asOf, String title, String by, Instant now) {
        List<Item> items = tracker.itemsAsOf(Tracker.endOf(asOf).isAfter(now) ? now.plusNanos(1_000) : Tracker.endOf(asOf), asOf);
        Document doc = new Document(Kind.REPORT, title, asOf, now, by, items, evidence.all(), null, List.of(), List.of());
        String content = Documents.write(doc);
        String sha = Documents.sha256(content);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO gov_report (id, as_of, title, generated_by, generated_at, content, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, asOf, doc.title(), by, TrackerStore.at(now), content, sha).update();
        return new Frozen(id, doc, content, sha, true);
    }

    @Transactional(readOnly = true)
    public List<Summary> reports() {
        tracker.requireReader();
        return jdbc.sql("SELECT id, title, as_of, generated_at, generated_by, sha256 FROM gov_report ORDER BY generated_at DESC")
                .query(Publications::summary).list();
    }

    @Transactional(readOnly = true)
    public Frozen report(UUID id) {
        tracker.requireReader();
        return frozen("gov_report", id, "There is no progress report " + id + ".");
    }

    /** What changed from report {@code from} to report {@code to}, item by item. */
    @Transactional(readOnly = true)
    public List<Difference> compare(UUID from, UUID to) {
        return differences(report(from).document(), report(to).document());
    }

    static List<Difference> differences(Document a, Document b) {
        List<Difference> out = new ArrayList<>();
        for (Item after : b.items()) {
            Item before = a.item(after.code());
            String c = after.code();
            if (before == null) {
                out.add(new Difference(c, "New item"));
                continue;
            }
            if (before.rag() != after.rag()) {
                out.add(new Difference(c, "Status " + before.rag().label() + " to " + after.rag().label()));
            }
            if (!Objects.equals(before.overrideReason(), after.overrideReason())) {
                out.add(new Difference(c, after.overrideReason() == null ? "Status no longer set by hand"
                        : "Status set by hand: " + after.overrideReason()));
            }
            if (before.appliesTo() != after.appliesTo()) {
                out.add(new Difference(c, "Applies to: " + after.appliesTo().label()));
            }
            if (!Objects.equals(before.forceResponse(), after.forceResponse())) {
                out.add(new Difference(c, "Force's response changed"));
            }
            if (!Objects.equals(before.opccResponse(), after.opccResponse())) {
                out.add(new Difference(c, "OPCC's response changed"));
            }
            for (Action act : after.actions()) {
                Action was = before.actions().stream().filter(x -> x.id().equals(act.id())).findFirst().orElse(null);
                if (was == null) {
                    out.add(new Difference(c, "New action: " + act.description() + " (" + act.status().label().toLowerCase() + ")"));
                    continue;
                }
                if (was.status() != act.status()) {
                    out.add(new Difference(c, "Action '" + Tracker.abbreviate(act.description()) + "': " + was.status().label().toLowerCase()
                            + " to " + act.status().label().toLowerCase()));
                }
                if (!was.dueOn().equals(act.dueOn())) {
                    out.add(new Difference(c, "Action '" + Tracker.abbreviate(act.description()) + "': due date moved from "
                            + was.dueOn() + " to " + act.dueOn()));
                }
                if (act.updates().size() > was.updates().size()) {
                    out.add(new Difference(c, "Action '" + Tracker.abbreviate(act.description()) + "': "
                            + (act.updates().size() - was.updates().size()) + " new update(s)"));
                }
            }
            Set<String> titles = new LinkedHashSet<>();
            b.evidenceFor(c).forEach(e -> titles.add(e.title()));
            for (String t : titles) {
                Evidence eb = b.evidenceFor(c).stream().filter(e -> e.title().equals(t)).findFirst().orElseThrow();
                Evidence ea = a.evidenceFor(c).stream().filter(e -> e.title().equals(t)).findFirst().orElse(null);
                if (ea == null || !ea.rows().equals(eb.rows())) {
                    out.add(new Difference(c, "Evidence changed: " + t));
                }
            }
        }
        return out;
    }

    // ---- Vulnerability Board packs ----

    /** The pack as it would be issued now: the tracker, changes since the last pack, overdue actions and evidence. */
    @Transactional(readOnly = true)
    public Document livePack() {
        SafeShareUser me = tracker.requireReader();
        return pack(me, clock.instant());
    }

    private Document pack(SafeShareUser me, Instant now) {
        Instant since = jdbc.sql("SELECT MAX(generated_at) FROM gov_pack").query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant).orElse(null);
        List<String> meetings = (since == null ? forums.since(Instant.EPOCH) : forums.since(since)).stream()
                .map(m -> m.forum().label() + ", " + m.heldOn()).toList();
        LocalDate today = tracker.today();
        return new Document(Kind.PACK, "Vulnerability Board pack: \"Safe to share?\" recommendations", today, now, me.username(),
                tracker.itemsAsOf(now.plusNanos(1_000), today), evidence.all(), since,
                since == null ? tracker.history(null) : tracker.changesSince(since), meetings);
    }

    @Transactional
    public Frozen issuePack() {
        SafeShareUser me = tracker.requireEditor();
        Instant now = clock.instant();
        Document doc = pack(me, now);
        String content = Documents.write(doc);
        String sha = Documents.sha256(content);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO gov_pack (id, generated_by, generated_at, content, sha256) VALUES (?, ?, ?, ?, ?)")
                .params(id, me.username(), TrackerStore.at(now), content, sha).update();
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, me.username(), null,
                "Governance Vulnerability Board pack issued and frozen, sha256 " + sha));
        return new Frozen(id, doc, content, sha, true);
    }

    @Transactional(readOnly = true)
    public List<Summary> packs() {
        tracker.requireReader();
        return jdbc.sql("SELECT id, 'Vulnerability Board pack' AS title, CAST(generated_at AS DATE) AS as_of, generated_at, generated_by, sha256"
                        + " FROM gov_pack ORDER BY generated_at DESC")
                .query(Publications::summary).list();
    }

    @Transactional(readOnly = true)
    public Frozen issuedPack(UUID id) {
        tracker.requireReader();
        return frozen("gov_pack", id, "There is no pack " + id + ".");
    }

    private Frozen frozen(String table, UUID id, String missing) {
        return jdbc.sql("SELECT content, sha256 FROM " + table + " WHERE id = ?").param(id)
                .query((rs, n) -> {
                    String content = rs.getString(1);
                    String sha = rs.getString(2);
                    return new Frozen(id, Documents.read(content), content, sha, Documents.sha256(content).equals(sha));
                }).optional().orElseThrow(() -> new NotFoundException(missing));
    }

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getObject("as_of", LocalDate.class),
                rs.getObject("generated_at", OffsetDateTime.class).toInstant(), rs.getString("generated_by"), rs.getString("sha256"));
    }

}
