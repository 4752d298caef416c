package uk.safeshare.governance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.safeshare.adoption.AdoptionFigures;
import uk.safeshare.firewall.ProtocolFigures;
import uk.safeshare.training.TrainingFigures;
import uk.safeshare.governance.TrackerViews.EvidenceRow;
import uk.safeshare.marac.MaracFigures;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.risk.RiskFigures;
import uk.safeshare.shared.statistics.DisclosureProblem;
import uk.safeshare.shared.statistics.Mark;
import uk.safeshare.shared.statistics.Suppression;

/**
 * Live evidence for the tracker: each figure read, when asked for, through the public API of the
 * module that keeps it, so it is never a copy that can fall out of date. Counts of people that no
 * other module has already published go through the same disclosure control as the monitoring
 * statistics, with the monitoring threshold.
 */
@Service
class LiveEvidence {

    static final int QUARTERS = 4;

    private final MonitoringFigures monitoring;
    private final ProtocolFigures protocol;
    private final RiskFigures risk;
    private final MaracFigures marac;
    private final AdoptionFigures adoption;
    private final TrainingFigures training;

    LiveEvidence(MonitoringFigures monitoring, ProtocolFigures protocol, RiskFigures risk, MaracFigures marac,
                 AdoptionFigures adoption, TrainingFigures training) {
        this.adoption = adoption;
        this.training = training;
        this.monitoring = monitoring;
        this.protocol = protocol;
        this.risk = risk;
        this.marac = marac;
    }

    /** Every item's evidence, by item code. */
    Map<String, List<uk.safeshare.governance.TrackerViews.Evidence>> all() {
        Map<String, List<uk.safeshare.governance.TrackerViews.Evidence>> all = new LinkedHashMap<>();
        List<MonitoringFigures.QuarterFigures> quarters = monitoring.latest(QUARTERS);
        all.put("R1", List.of(requestsByOutcome(quarters)));
        all.put("R3", List.of(protocolInForce(), maracAgreement(), protocolRead()));
        all.put("R4", List.of(thirdPartyReports(quarters), trainingDue()));
        all.put("R7", List.of(lastPublished(quarters)));
        all.put("A1", List.of(riskFactors()));
        return all;
    }

    List<uk.safeshare.governance.TrackerViews.Evidence> of(String code) {
        return all().getOrDefault(code, List.of());
    }

    private uk.safeshare.governance.TrackerViews.Evidence requestsByOutcome(List<MonitoringFigures.QuarterFigures> quarters) {
        List<String> columns = new ArrayList<>();
        columns.add("Quarter");
        if (!quarters.isEmpty()) {
            quarters.getFirst().requestsByOutcome().forEach(f -> columns.add(f.label()));
        }
        List<EvidenceRow> rows = quarters.stream().map(q -> new EvidenceRow(q.quarter(),
                q.requestsByOutcome().stream().map(MonitoringFigures.Figure::value).toList())).toList();
        return new uk.safeshare.governance.TrackerViews.Evidence("R1", "Requests to share with immigration enforcement, by outcome",
                "Monitoring statistics, as published (disclosure-controlled)", columns, rows,
                quarters.isEmpty() ? "No quarter has been published yet." : "Newest published quarter first; [c] means a small count not shown.");
    }

    private uk.safeshare.governance.TrackerViews.Evidence thirdPartyReports(List<MonitoringFigures.QuarterFigures> quarters) {
        List<EvidenceRow> rows = quarters.stream().map(q -> new EvidenceRow(q.quarter(), List.of(q.thirdPartyReports().value()))).toList();
        return new uk.safeshare.governance.TrackerViews.Evidence("R4", "Third-party reports received from partner organisations",
                "Monitoring statistics, as published (disclosure-controlled)", List.of("Quarter", "Reports received"), rows,
                quarters.isEmpty() ? "No quarter has been published yet." : "Reports made through a partner for victims who did not want to be identified.");
    }

    private uk.safeshare.governance.TrackerViews.Evidence lastPublished(List<MonitoringFigures.QuarterFigures> quarters) {
        List<EvidenceRow> rows = quarters.isEmpty() ? List.of()
                : List.of(new EvidenceRow("Last published quarter", List.of(quarters.getFirst().quarter(), quarters.getFirst().period())));
        return new uk.safeshare.governance.TrackerViews.Evidence("R7", "Monitoring statistics published",
                "Monitoring statistics", List.of("Measure", "Quarter", "Period"), rows,
                quarters.isEmpty() ? "No quarter has been published yet." : null);
    }

    private uk.safeshare.governance.TrackerViews.Evidence protocolInForce() {
        var inForce = protocol.inForce();
        List<EvidenceRow> rows = inForce.map(p -> List.of(new EvidenceRow("Version in force", List.of(p.id(), p.title(),
                LocalDate.ofInstant(p.publishedAt(), ZoneId.of("Europe/London")).toString(),
                Integer.toString(p.versionsPublished()))))).orElse(List.of());
        return new uk.safeshare.governance.TrackerViews.Evidence("R3", "Local safeguarding protocol in force",
                "The firewall's published protocol versions", List.of("Measure", "Version", "Title", "Published on", "Versions published"),
                rows, inForce.isEmpty() ? "No protocol has been published yet." : "The force's interim protocol, pending the national one.");
    }

    /** Staff counts, not people's data: how many of those asked have read the version in force, by role. */
    private uk.safeshare.governance.TrackerViews.Evidence protocolRead() {
        var coverage = adoption.inForce();
        List<EvidenceRow> rows = new ArrayList<>();
        coverage.ifPresent(c -> {
            c.byRole().forEach(l -> rows.add(new EvidenceRow(l.label(), List.of(Long.toString(l.required()), Long.toString(l.read()),
                    l.percent() + "%"))));
            rows.add(new EvidenceRow("Everyone asked", List.of(Long.toString(c.required()), Long.toString(c.read()), c.percent() + "%")));
        });
        return new uk.safeshare.governance.TrackerViews.Evidence("R3", "Staff who have read the protocol version in force",
                "Protocol adoption: \"I have read it\" records", List.of("Role", "Asked to read", "Have read", "Read (%)"), rows,
                coverage.map(c -> "Version " + c.protocolId() + ". Officers, caseworkers, supervisors and the DPO are asked to read each version.")
                        .orElse("No protocol has been published yet."));
    }

    /** Staff counts per course: who must take it, and who is up to date, due, overdue or has never taken it. */
    private uk.safeshare.governance.TrackerViews.Evidence trainingDue() {
        List<EvidenceRow> rows = training.byCourse().stream().map(t -> new EvidenceRow(t.courseCode(), List.of(
                Long.toString(t.required()), Long.toString(t.current()), Long.toString(t.due()), Long.toString(t.overdue()),
                Long.toString(t.neverTaken())))).toList();
        return new uk.safeshare.governance.TrackerViews.Evidence("R4", "Training on the protocol and victim care, and refreshers due",
                "Training records", List.of("Course", "Must take", "Up to date", "Due", "Overdue", "Not taken"), rows,
                rows.isEmpty() ? "No course is set." : "Refreshers every 12 months unless the course says otherwise; due from 30 days before.");
    }

    private uk.safeshare.governance.TrackerViews.Evidence maracAgreement() {
        List<MaracFigures.QuarterMeetings> meetings = marac.meetingsByQuarter();
        List<EvidenceRow> rows = meetings.reversed().stream().limit(QUARTERS).map(m -> new EvidenceRow(m.quarter(),
                List.of(Long.toString(m.meetings()), Long.toString(m.everyAttendeeAccepted())))).toList();
        return new uk.safeshare.governance.TrackerViews.Evidence("R3", "MARAC meetings where every attendee accepted the confidentiality agreement",
                "MARAC meetings", List.of("Quarter", "Meetings held", "Every attendee accepted"), rows,
                rows.isEmpty() ? "No MARAC meeting has been held yet." : "Counts of meetings, not of people. Newest quarter first.");
    }

    /** Completed assessments by quarter, with and without immigration factors, disclosure-controlled as one table. */
    private uk.safeshare.governance.TrackerViews.Evidence riskFactors() {
        List<RiskFigures.QuarterCount> counts = risk.completedByQuarter().reversed().stream().limit(QUARTERS).toList();
        List<EvidenceRow> rows = new ArrayList<>();
        if (!counts.isEmpty()) {
            DisclosureProblem problem = new DisclosureProblem();
            int[][] cells = new int[counts.size() + 1][3];
            long with = 0;
            long without = 0;
            for (int r = 0; r < counts.size(); r++) {
                RiskFigures.QuarterCount c = counts.get(r);
                cells[r][0] = problem.cell(c.withImmigrationFactors());
                cells[r][1] = problem.cell(c.completed() - c.withImmigrationFactors());
                cells[r][2] = problem.cell(c.completed());
                problem.line(List.of(cells[r][0], cells[r][1]), cells[r][2]);
                with += c.withImmigrationFactors();
                without += c.completed() - c.withImmigrationFactors();
            }
            int n = counts.size();
            cells[n][0] = problem.cell(with);
            cells[n][1] = problem.cell(without);
            cells[n][2] = problem.cell(with + without);
            problem.line(List.of(cells[n][0], cells[n][1]), cells[n][2]);
            for (int c = 0; c < 3; c++) {
                List<Integer> parts = new ArrayList<>();
                for (int r = 0; r < n; r++) {
                    parts.add(cells[r][c]);
                }
                problem.line(parts, cells[n][c]);
            }
            Mark[] marks = Suppression.protect(problem, monitoring.threshold());
            for (int r = 0; r <= n; r++) {
                List<String> shown = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    Mark m = marks[cells[r][c]];
                    shown.add(m.hidden() ? m.symbol() : Long.toString(problem.value(cells[r][c])));
                }
                rows.add(new EvidenceRow(r < n ? counts.get(r).quarter() : "Total", shown));
            }
        }
        return new uk.safeshare.governance.TrackerViews.Evidence("A1", "Domestic abuse risk assessments that recorded immigration-related risk factors",
                "Risk assessments completed (disclosure-controlled)",
                List.of("Quarter", "With immigration factors", "Without", "Completed"), rows,
                rows.isEmpty() ? "No risk assessment has been completed yet."
                        : "Newest quarter first, last " + QUARTERS + " quarters with assessments; [c] means a small count not shown.");
    }
}
