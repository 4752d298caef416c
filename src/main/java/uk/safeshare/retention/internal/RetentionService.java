package uk.safeshare.retention.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.retention.RecordGroup;
import uk.safeshare.retention.Retention;
import uk.safeshare.retention.RetentionSchedule;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.FieldCipher;

/** The DPO's retention work: the schedule, the review queue, retaining and disposing. Every call checks the DPO role. */
@Service
class RetentionService implements Retention {

    static final int MAX_RETAIN_YEARS = 10;

    private final JdbcClient jdbc;
    private final ScheduleStore schedules;
    private final ReviewDates dates;
    private final Disposals disposals;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final FieldCipher cipher;
    private final Clock clock;

    RetentionService(JdbcClient jdbc, ScheduleStore schedules, ReviewDates dates, Disposals disposals, Identity identity,
                     ApplicationEventPublisher events, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.dates = dates;
        this.disposals = disposals;
        this.identity = identity;
        this.events = events;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RetentionSchedule schedule() {
        requireDpo();
        return schedules.current();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RetentionSchedule> scheduleVersions() {
        requireDpo();
        return schedules.versions();
    }

    @Override
    @Transactional
    public RetentionSchedule setSchedule(Map<RecordGroup, Integer> years, String reason) {
        requireDpo();
        for (RecordGroup group : RecordGroup.values()) {
            Integer y = years.get(group);
            if (y == null || y < RetentionSchedule.MIN_YEARS || y > RetentionSchedule.MAX_YEARS) {
                throw new InvalidRequestException(group.name(), "Enter a whole number of years from 1 to 100 for " + group.label());
            }
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Enter why the schedule changes");
        }
        RetentionSchedule next = schedules.add(years, reason.strip(), identity.current().username());
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, identity.current().username(), null,
                "set retention schedule version " + next.version() + ": " + years));
        dates.refresh();
        return next;
    }

    @Override
    @Transactional
    public List<ReviewItem> dueForReview(LocalDate asOf) {
        requireDpo();
        dates.refresh();
        List<ReviewItem> due = items("r.next_review_on <= ?", Date.valueOf(asOf));
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, identity.current().username(), null,
                "opened the retention review queue (" + due.size() + " records due)"));
        return due;
    }

    @Override
    @Transactional
    public ReviewItem review(UUID recordId) {
        requireDpo();
        dates.refresh();
        return items("r.record_id = ?", recordId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No case or person " + recordId));
    }

    @Override
    @Transactional
    public ReviewItem retain(UUID recordId, String reason, LocalDate nextReviewOn) {
        requireDpo();
        ReviewItem item = review(recordId);
        LocalDate today = today();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Enter why the record is kept");
        }
        if (nextReviewOn == null || !nextReviewOn.isAfter(today) || nextReviewOn.isAfter(today.plusYears(MAX_RETAIN_YEARS))) {
            throw new InvalidRequestException("nextReviewOn", "The next review must be after today and within " + MAX_RETAIN_YEARS + " years");
        }
        String by = identity.current().username();
        jdbc.sql("UPDATE retention_review SET next_review_on = ?, decided_by = ?, decided_at = ?, reason = ? WHERE record_id = ?")
                .params(Date.valueOf(nextReviewOn), by, clock.instant().atOffset(ZoneOffset.UTC), cipher.encrypt(reason.strip()), recordId)
                .update();
        events.publishEvent(new DataProcessed(AuditAction.ALTERATION, by, item.caseId(), people(item), null, null,
                "retained a " + item.type().name().toLowerCase() + " record at review; next review " + nextReviewOn)
                .because(reason.strip()));
        return review(recordId);
    }

    @Override
    @Transactional
    public List<DisposalPreview> preview(List<UUID> recordIds) {
        requireDpo();
        List<DisposalPreview> previews = new ArrayList<>();
        for (UUID id : distinct(recordIds)) {
            previews.add(disposals.preview(disposals.target(id)));
        }
        return previews;
    }

    @Override
    @Transactional
    public List<DisposalPreview> dispose(List<UUID> recordIds, String reason, boolean onlyWhenDue) {
        requireDpo();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Enter why the records are disposed of");
        }
        dates.refresh();
        List<Disposals.Target> targets = new ArrayList<>();
        for (UUID id : distinct(recordIds)) {
            Disposals.Target target = disposals.target(id);
            if (onlyWhenDue) {
                LocalDate next = jdbc.sql("SELECT next_review_on FROM retention_review WHERE record_id = ?").param(id)
                        .query(LocalDate.class).single();
                if (next.isAfter(today())) {
                    throw new ConflictException("Record " + id + " is not due for review until " + next + "; nothing was disposed of.");
                }
            }
            targets.add(target);
        }
        // People first, then cases: a case disposal then finds its people already gone.
        targets.sort((a, b) -> a.type().compareTo(b.type()) * -1);
        List<DisposalPreview> done = new ArrayList<>();
        for (Disposals.Target target : targets) {
            if (stillThere(target)) {
                done.add(disposals.dispose(target, reason.strip(), identity.current().username()));
            }
        }
        return done;
    }

    private boolean stillThere(Disposals.Target target) {
        String table = target.type() == RecordType.CASE ? "case_file" : "case_person";
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ?").param(target.recordId()).query(Long.class).single() > 0;
    }

    private List<ReviewItem> items(String where, Object param) {
        return jdbc.sql("""
                SELECT r.record_id, r.record_type, r.case_id, c.reference, p.given_name, p.family_name, p.role, r.record_group,
                       r.next_review_on, r.held_until, r.schedule_version, r.decided_by, r.reason
                FROM retention_review r JOIN case_file c ON c.id = r.case_id LEFT JOIN case_person p ON p.id = r.record_id
                WHERE\s""" + where + " ORDER BY r.next_review_on, c.reference, r.record_type, p.family_name")
                .param(param)
                .query((rs, n) -> new ReviewItem(rs.getObject(1, UUID.class), RecordType.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getString(4),
                        rs.getString(5) == null ? null : rs.getString(5) + " " + rs.getString(6), rs.getString(7),
                        RecordGroup.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getInt(11), rs.getString(12), rs.getString(13) == null ? null : cipher.decrypt(rs.getString(13))))
                .list();
    }

    private static List<UUID> people(ReviewItem item) {
        return item.type() == RecordType.PERSON ? List.of(item.recordId()) : List.of();
    }

    private static List<UUID> distinct(List<UUID> ids) {
        // A blank value among a form's checkboxes arrives as null: it selects nothing.
        ids = ids == null ? null : ids.stream().filter(java.util.Objects::nonNull).toList();
        if (ids == null || ids.isEmpty()) {
            throw new InvalidRequestException("recordIds", "Select at least one record");
        }
        if (ids.size() > 200) {
            throw new InvalidRequestException("recordIds", "Select at most 200 records at once");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ReviewDates.UK));
    }

    private void requireDpo() {
        if (!identity.current().has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer's team works on retention.");
        }
    }

}
