package uk.safeshare.youngpeople.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;
import uk.safeshare.youngpeople.RiskLevel;
import uk.safeshare.youngpeople.VulnerabilityKind;
import uk.safeshare.youngpeople.YoungPeopleFigures;

/**
 * The Vulnerability Board's monthly figures: young people on the tracker at the end of the month by kind
 * of vulnerability and risk level (then), and missing episodes that began in the month by risk level.
 * Both tables go through the shared disclosure control together. Counts only; a young person has every
 * kind recorded for them, so the kinds do not add up to the number of young people (each is declared no
 * larger than it).
 */
@Service
public class BoardFigures implements YoungPeopleFigures {

    static final Role[] READERS = {Role.GOVERNANCE, Role.ANALYST, Role.DPO, Role.SUPERVISOR};

    private final JdbcClient jdbc;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardFigures(JdbcClient jdbc, Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** The month written as {@code 2026-11}; blank is the current month (provisional). */
    @Transactional
    public MonthlyFigures monthly(String month) {
        LocalDate today = TrackerRules.today(clock.instant());
        YearMonth parsed;
        if (month == null || month.isBlank()) {
            parsed = YearMonth.from(today);
        } else {
            try {
                parsed = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("month", "Enter the month as a year and month, like 2026-11");
            }
        }
        return monthly(parsed);
    }

    @Override
    @Transactional
    public MonthlyFigures monthly(YearMonth month) {
        SafeShareUser user = identity.current();
        if (!user.hasAny(READERS)) {
            throw new ForbiddenException("Only governance, analysts, the DPO and supervisors see the Vulnerability Board's figures.");
        }
        LocalDate today = TrackerRules.today(clock.instant());
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidRequestException("month", month + " has not started yet");
        }
        if (month.getYear() < 2000) {
            throw new InvalidRequestException("month", "The month must be from 2000 onwards");
        }
        MonthlyFigures figures = figures(month, today);
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null,
                "viewed the Vulnerability Board's figures for " + month + " (counts only, small counts suppressed)"));
        return figures;
    }

    private MonthlyFigures figures(YearMonth month, LocalDate today) {
        OffsetDateTime end = month.plusMonths(1).atDay(1).atStartOfDay(TrackerRules.UK).toOffsetDateTime();
        OffsetDateTime start = month.atDay(1).atStartOfDay(TrackerRules.UK).toOffsetDateTime();
        // Each young person's risk level as it stood at the end of the month (the last change before it).
        Map<UUID, RiskLevel> levels = new HashMap<>();
        jdbc.sql("""
                        SELECT r.young_person_id, r.risk_level FROM young_person_risk r
                        JOIN young_person p ON p.id = r.young_person_id
                        WHERE p.created_at < :end AND r.set_at < :end ORDER BY r.set_at, r.id""")
                .param("end", end)
                .query((rs, n) -> levels.put(rs.getObject(1, UUID.class), RiskLevel.valueOf(rs.getString(2)))).list();
        Map<VulnerabilityKind, long[]> byKind = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT v.young_person_id, v.kind FROM young_person_vulnerability v
                        WHERE v.identified_on <= :last""")
                .param("last", month.atEndOfMonth())
                .query((rs, n) -> {
                    RiskLevel level = levels.get(rs.getObject(1, UUID.class));
                    if (level != null) {
                        byKind.computeIfAbsent(VulnerabilityKind.valueOf(rs.getString(2)), k -> new long[3])[level.ordinal()]++;
                    }
                    return null;
                }).list();
        long[] everyone = new long[3];
        levels.values().forEach(l -> everyone[l.ordinal()]++);
        long[] episodes = new long[3];
        jdbc.sql("SELECT young_person_id FROM young_person_missing WHERE went_missing_at >= :start AND went_missing_at < :end")
                .param("start", start).param("end", end)
                .query((rs, n) -> {
                    RiskLevel level = levels.get(rs.getObject(1, UUID.class));
                    if (level != null) {
                        episodes[level.ordinal()]++;
                    }
                    return null;
                }).list();

        DisclosureProblem problem = new DisclosureProblem();
        int[] all = row(problem, everyone);
        List<int[]> kindRows = new ArrayList<>();
        for (VulnerabilityKind kind : VulnerabilityKind.values()) {
            int[] cells = row(problem, byKind.getOrDefault(kind, new long[3]));
            for (int c = 0; c < cells.length; c++) {
                problem.atMost(cells[c], all[c]);
            }
            kindRows.add(cells);
        }
        int[] missing = row(problem, episodes);
        Mark[] marks = Suppression.protect(problem, Suppression.DEFAULT_THRESHOLD);

        List<String> columns = new ArrayList<>(Arrays.stream(RiskLevel.values()).map(RiskLevel::label).toList());
        columns.add("Total");
        List<String> kindLabels = new ArrayList<>(Arrays.stream(VulnerabilityKind.values()).map(VulnerabilityKind::label).toList());
        kindLabels.add("All young people on the tracker");
        List<int[]> kindCells = new ArrayList<>(kindRows);
        kindCells.add(all);
        List<Table> tables = List.of(
                new Table("by-kind", "Young people on the tracker at the end of the month, by kind of vulnerability and risk level",
                        kindLabels, columns, shown(problem, marks, kindCells)),
                new Table("missing-episodes", "Missing episodes that began in the month, by the young person's risk level",
                        List.of("Missing episodes"), columns, shown(problem, marks, List.of(missing))));
        boolean complete = today.isAfter(month.atEndOfMonth());
        List<String> notes = List.of(
                "Month: " + month + " (UK time)" + (complete ? "." : "; the month has not ended, so the figures are provisional."),
                "A young person is counted under every kind of vulnerability recorded for them by the end of the month,"
                        + " so the kinds do not add up to all young people.",
                "Risk level: as it stood at the end of the month.",
                "[c]: a count from 1 to " + (Suppression.DEFAULT_THRESHOLD - 1) + ", suppressed to protect the children counted,"
                        + " or another count suppressed so that one cannot be worked out.",
                "Source: SafeShare's young people's vulnerability tracker. Immigration status is never recorded on it.");
        return new MonthlyFigures(month.toString(), complete, Suppression.DEFAULT_THRESHOLD, tables, notes);
    }

    /** Three cells by risk level and their total, declared as a line. */
    private static int[] row(DisclosureProblem problem, long[] byLevel) {
        int[] cells = new int[4];
        for (int i = 0; i < 3; i++) {
            cells[i] = problem.cell(byLevel[i]);
        }
        cells[3] = problem.cell(byLevel[0] + byLevel[1] + byLevel[2]);
        problem.line(List.of(cells[0], cells[1], cells[2]), cells[3]);
        return cells;
    }

    private static List<List<String>> shown(DisclosureProblem problem, Mark[] marks, List<int[]> rows) {
        return rows.stream().map(r -> Arrays.stream(r)
                .mapToObj(c -> marks[c].hidden() ? marks[c].symbol() : Long.toString(problem.value(c))).toList()).toList();
    }
}
