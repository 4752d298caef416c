package uk.safeshare.retention.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.audit.AuditSubjectKeys;
import uk.safeshare.retention.Retention.DisposalPreview;
import uk.safeshare.retention.Retention.RecordType;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/** Previews and carries out the disposal of case and person records (the plan is {@link DisposalPlan}). */
@Component
class Disposals {

    private final JdbcClient jdbc;
    private final AuditSubjectKeys auditKeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NameRemoval names;

    Disposals(JdbcClient jdbc, AuditSubjectKeys auditKeys, ApplicationEventPublisher events, Clock clock, NameRemoval names) {
        this.names = names;
        this.jdbc = jdbc;
        this.auditKeys = auditKeys;
        this.events = events;
        this.clock = clock;
    }

    record Target(UUID recordId, RecordType type, UUID caseId, String caseReference, String personName, String group) {
    }

    Target target(UUID recordId) {
        var asCase = jdbc.sql("SELECT reference FROM case_file WHERE id = ?").param(recordId).query(String.class).optional();
        if (asCase.isPresent()) {
            return new Target(recordId, RecordType.CASE, recordId, asCase.get(), null, group(recordId));
        }
        return jdbc.sql("""
                SELECT p.case_id, c.reference, p.given_name, p.family_name FROM case_person p JOIN case_file c ON c.id = p.case_id
                WHERE p.id = ?""").param(recordId)
                .query((rs, n) -> new Target(recordId, RecordType.PERSON, rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3) + " " + rs.getString(4), group(recordId)))
                .optional().orElseThrow(() -> new NotFoundException("No case or person " + recordId));
    }

    DisposalPreview preview(Target target) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (DisposalPlan.Step step : steps(target)) {
            int n = jdbc.sql("SELECT COUNT(*) FROM " + step.table() + " WHERE " + step.where())
                    .params(params(step, target.recordId())).query(Integer.class).single();
            if (n > 0) {
                rows.merge(step.table(), n, Integer::sum);
            }
        }
        // Entries written before crypto-shredding keep their text in clear until the log's own retention review (ADR 0015).
        int legacy = jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry e WHERE e.justification IS NOT NULL AND e.justification NOT LIKE 'ps1:%'
                AND (e.case_id = ? OR EXISTS (SELECT 1 FROM audit_entry_person ap JOIN case_person p ON p.id = ap.person_id
                                               WHERE ap.seq = e.seq AND (p.id = ? OR p.case_id = ?)))""")
                .params(caseOnly(target), target.recordId(), caseOnly(target))
                .query(Integer.class).single();
        if (legacy > 0) {
            rows.put(LEGACY_AUDIT_TEXT, legacy);
        }
        return new DisposalPreview(target.recordId(), target.type(), target.caseReference(), target.personName(), Collections.unmodifiableMap(rows));
    }

    static final String LEGACY_AUDIT_TEXT = "audit entries from before crypto-shredding whose reasons stay readable (not removed)";

    /** Removes the record's personal data, destroys its audit keys, logs the disposal and audits it, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    DisposalPreview dispose(Target target, String reason, String actor) {
        List<UUID> people = target.type() == RecordType.CASE
                ? jdbc.sql("SELECT id FROM case_person WHERE case_id = ?").param(target.recordId()).query(UUID.class).list()
                : List.of(target.recordId());
        Map<String, Integer> rows = new LinkedHashMap<>();
        if (target.type() == RecordType.PERSON) {
            int n = names.removeFromCase(target.caseId(), target.recordId());
            if (n > 0) {
                rows.put("case text naming them", n);
            }
        }
        for (DisposalPlan.Step step : steps(target)) {
            int n = jdbc.sql("DELETE FROM " + step.table() + " WHERE " + step.where()).params(params(step, target.recordId())).update();
            if (n > 0) {
                rows.merge(step.table(), n, Integer::sum);
            }
        }
        List<UUID> subjects = new ArrayList<>(people);
        if (target.type() == RecordType.CASE) {
            subjects.add(target.recordId());
        }
        auditKeys.shred(subjects);
        String removed = rows.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        UUID logId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO retention_disposal (id, record_type, record_id, record_group, reason, removed, disposed_by, disposed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(logId, target.type().name(), target.recordId(), target.group(), reason, removed, actor,
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        // No name or reference in the entry: its ids say which record, the disposal log (by id) says why.
        events.publishEvent(new DataProcessed(AuditAction.ERASURE, actor, target.caseId(), people, null, null,
                "disposed of a " + target.type().name().toLowerCase() + " record (" + target.group() + "); disposal "
                        + logId + "; rows removed: " + removed));
        return new DisposalPreview(target.recordId(), target.type(), target.caseReference(), target.personName(), Collections.unmodifiableMap(rows));
    }

    /** The case's id for a case disposal; for a person, an id no case has. */
    private static UUID caseOnly(Target target) {
        return target.type() == RecordType.CASE ? target.recordId() : new UUID(0, 0);
    }

    private String group(UUID recordId) {
        return jdbc.sql("SELECT record_group FROM retention_review WHERE record_id = ?").param(recordId).query(String.class)
                .optional().orElse("NOT_REVIEWED");
    }

    private static List<DisposalPlan.Step> steps(Target target) {
        return target.type() == RecordType.CASE ? DisposalPlan.CASE : DisposalPlan.PERSON;
    }

    private static Object[] params(DisposalPlan.Step step, UUID id) {
        Object[] params = new Object[step.parameters()];
        java.util.Arrays.fill(params, id);
        return params;
    }
}
