package uk.safeshare.marac.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.marac.ReferralCriterion;
import uk.safeshare.marac.internal.MaracQuarterlySummary.Row;
import uk.safeshare.marac.internal.MaracQuarterlySummary.Table;
import uk.safeshare.risk.ImmigrationFactor;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;

/**
 * The quarterly MARAC summary for the steering group: meetings held and cases heard, repeats, and the
 * referrals made in the quarter by criterion, by the victim's self-defined ethnicity and by the
 * immigration-related risk factors present in the assessment behind each referral. Counts only, put
 * through the shared disclosure control (primary and secondary suppression, audited exactly); for the MARAC coordinator and, read-only, governance.
 */
@Service
public class MaracSummaries {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final MaracReferralRepository referrals;
    private final JdbcClient jdbc;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MaracSummaries(MaracReferralRepository referrals, JdbcClient jdbc, Identity identity, ApplicationEventPublisher events,
                   Clock clock) {
        this.referrals = referrals;
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    private record PendingRow(String category, int cell) {
    }

    private record Pending(String id, String title, String heading, List<PendingRow> rows) {
    }

    /** The summary for a quarter written as {@code 2026-Q4}; blank means the current quarter. */
    @Transactional
    public MaracQuarterlySummary summary(String quarterText) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(Role.MARAC_COORDINATOR, Role.GOVERNANCE)) {
            throw new ForbiddenException("Only the MARAC coordinator and governance see the quarterly MARAC summary.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        Quarter quarter = Quarter.parse(quarterText, today);
        MaracQuarterlySummary summary = figures(quarter, today);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "viewed the quarterly MARAC summary for " + quarter + " (counts only, small counts suppressed)"));
        return summary;
    }

    private MaracQuarterlySummary figures(Quarter quarter, LocalDate today) {
        LocalDate from = quarter.from();
        LocalDate until = quarter.until();
        long meetingsHeld = jdbc.sql("SELECT COUNT(*) FROM marac_meeting WHERE status = 'CLOSED' AND meets_on >= ? AND meets_on < ?")
                .params(from, until).query(Long.class).single();
        List<Boolean> heard = jdbc.sql("""
                        SELECT r.repeat_referral FROM marac_referral r JOIN marac_meeting m ON m.id = r.meeting_id
                        WHERE r.status = 'HEARD' AND m.meets_on >= ? AND m.meets_on < ?""")
                .params(from, until).query(Boolean.class).list();
        List<ReferralRecord> made = referrals.findReferredBetween(from.atStartOfDay(UK).toOffsetDateTime(),
                until.atStartOfDay(UK).toOffsetDateTime());

        Map<ReferralCriterion, Long> byCriterion = new EnumMap<>(ReferralCriterion.class);
        Map<SelfDefinedEthnicity, Long> byEthnicity = new EnumMap<>(SelfDefinedEthnicity.class);
        Map<ImmigrationFactor, Long> byFactor = new EnumMap<>(ImmigrationFactor.class);
        long ethnicityNotRecorded = 0;
        long anyFactor = 0;
        long repeatsMade = 0;
        for (ReferralRecord r : made) {
            byCriterion.merge(r.criterion(), 1L, Long::sum);
            repeatsMade += r.repeatReferral() ? 1 : 0;
            String ethnicity = SensitiveText.valueOf(r.ethnicitySelfDefined());
            if (ethnicity == null) {
                ethnicityNotRecorded++;
            } else {
                byEthnicity.merge(SelfDefinedEthnicity.valueOf(ethnicity), 1L, Long::sum);
            }
            List<ImmigrationFactor> factors = RiskSummary.open(r.riskSummary()).immigrationFactors();
            factors.stream().distinct().forEach(f -> byFactor.merge(f, 1L, Long::sum));
            anyFactor += factors.isEmpty() ? 0 : 1;
        }

        // Every cell of the four tables goes through disclosure control together: "All referrals" is one
        // cell wherever it appears, and what a reader can know from the notes (repeats are a subset of
        // the whole, a factor is a subset of "at least one") is declared, so no [c] can be worked out.
        DisclosureProblem problem = new DisclosureProblem();
        int all = problem.cell(made.size());
        int heardCell = problem.cell(heard.size());
        int heardRepeats = problem.cell(heard.stream().filter(Boolean::booleanValue).count());
        problem.atMost(heardRepeats, heardCell);
        int madeRepeats = problem.cell(repeatsMade);
        problem.atMost(madeRepeats, all);
        List<Pending> pending = new ArrayList<>();
        pending.add(new Pending("headline", "Meetings, cases heard and referrals", "Measure", List.of(
                new PendingRow("Meetings held (closed)", problem.cell(meetingsHeld)),
                new PendingRow("Cases heard", heardCell),
                new PendingRow("Cases heard that were repeats", heardRepeats),
                new PendingRow("Referrals made", all),
                new PendingRow("Referrals made that were repeats", madeRepeats))));
        List<PendingRow> criteria = new ArrayList<>();
        for (ReferralCriterion c : ReferralCriterion.values()) {
            int cell = problem.cell(byCriterion.getOrDefault(c, 0L));
            if (c == ReferralCriterion.REPEAT) {
                problem.atMost(cell, madeRepeats);
            }
            criteria.add(new PendingRow(c.label(), cell));
        }
        problem.line(criteria.stream().map(PendingRow::cell).toList(), all);
        criteria.add(new PendingRow("All referrals", all));
        pending.add(new Pending("criterion", "Referrals made by source (criterion)", "Criterion", criteria));
        List<PendingRow> ethnicities = new ArrayList<>();
        for (SelfDefinedEthnicity e : SelfDefinedEthnicity.values()) {
            ethnicities.add(new PendingRow(e.label(), problem.cell(byEthnicity.getOrDefault(e, 0L))));
        }
        ethnicities.add(new PendingRow("Not recorded", problem.cell(ethnicityNotRecorded)));
        problem.line(ethnicities.stream().map(PendingRow::cell).toList(), all);
        ethnicities.add(new PendingRow("All referrals", all));
        pending.add(new Pending("ethnicity", "Referrals made by self-defined ethnicity", "Ethnicity (self-defined)", ethnicities));
        int any = problem.cell(anyFactor);
        int none = problem.cell(made.size() - anyFactor);
        problem.line(List.of(any, none), all);
        List<PendingRow> factors = new ArrayList<>();
        for (ImmigrationFactor f : ImmigrationFactor.values()) {
            int cell = problem.cell(byFactor.getOrDefault(f, 0L));
            problem.atMost(cell, any);
            factors.add(new PendingRow(f.topic(), cell));
        }
        factors.add(new PendingRow("At least one immigration-related factor", any));
        factors.add(new PendingRow("No immigration-related factor", none));
        pending.add(new Pending("immigration-factors", "Referrals made by immigration-related risk factors present",
                "Risk factor present", factors));

        Mark[] marks = Suppression.protect(problem, Suppression.DEFAULT_THRESHOLD);
        List<Table> tables = pending.stream().map(p -> new Table(p.id(), p.title(), p.heading(), p.rows().stream()
                .map(r -> new Row(r.category(), marks[r.cell()].hidden() ? marks[r.cell()].symbol()
                        : Long.toString(problem.value(r.cell()))))
                .toList())).toList();

        List<String> notes = List.of(
                "Quarter: " + quarter + ", " + from + " to " + until.minusDays(1) + " (UK time)"
                        + (quarter.endedBy(today) ? "." : "; the quarter has not ended, so the figures are provisional."),
                "Cases heard are referrals heard at meetings held in the quarter; referrals made are those made in the quarter.",
                "Source: each referral is counted under the first criterion it met (high risk, professional judgement,"
                        + " potential escalation, repeat).",
                "A referral can have several immigration-related risk factors, so that table does not add up to the total.",
                "[c]: a count from 1 to " + (Suppression.DEFAULT_THRESHOLD - 1) + ", suppressed to protect the people"
                        + " counted, or another count suppressed so that one cannot be worked out from the totals or the"
                        + " other tables. [x]: not available.",
                "Ethnicity is as the victim defined it when referred; 'Not recorded' includes referrals made before it was kept.");
        return new MaracQuarterlySummary(quarter.toString(), from, until.minusDays(1), quarter.endedBy(today), tables, notes);
    }
}
