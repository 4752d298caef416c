package uk.safeshare.governance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.governance.ActionStatus;
import uk.safeshare.governance.Applicability;
import uk.safeshare.governance.Forum;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.internal.TrackerStore.ActionState;
import uk.safeshare.governance.internal.TrackerStore.ItemState;

/**
 * The demo force's tracker as Northmoor Constabulary and its OPCC would have it six months into
 * their response: responses published, most first actions done, some late or blocked, the working
 * group and the Vulnerability Board meeting, and an early-findings report frozen at three months.
 * The history is dated across the six months, so reports as of earlier dates show what was then.
 */
@Component
class DemoGovernance {

    private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

    private final TrackerStore store;
    private final Publications publications;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoGovernance(TrackerStore store, Publications publications, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
                   @Value("${safeshare.demo.enabled:false}") boolean enabled) {
        this.store = store;
        this.publications = publications;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void seed() {
        if (!enabled) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> {
                if (jdbc.sql("SELECT COUNT(*) FROM gov_action").query(Long.class).single() == 0) {
                    seedTracker();
                }
            });
        } catch (RuntimeException e) {
            log.warn("The demo tracker was not seeded: {}", e.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Tracker.LONDON));
    }

    /** Ten in the morning, {@code days} after the start of the response. */
    private Instant day(LocalDate start, int days) {
        return start.plusDays(days).atTime(LocalTime.of(10, 0)).atZone(Tracker.LONDON).toInstant();
    }

    void seedTracker() {
        LocalDate today = today();
        LocalDate start = today.minusDays(182);
        String gov = "governance";

        state(start, 7, "R1", Applicability.FORCE, "Northmoor Constabulary stopped passing information on domestic abuse victims to "
                + "Immigration Enforcement where officers only have doubts about their status, from the day the report was received. "
                + "The domestic abuse policy has a section on migrant victims; officers refer victims to Harbour Migrant Women's Project "
                + "or the Northmoor Immigration Advice Centre instead. SafeShare's published protocol enforces this.", null, null, null);
        state(start, 7, "R4", Applicability.FORCE, "A three-stage plan, governed by the Vulnerability Board chaired by the ACC: "
                + "interim safeguarding protocol now; a Safe to Share working group with partners; then the national guidance when "
                + "the College of Policing publishes it.", null, null, null);
        state(start, 9, "R5", Applicability.BOTH, "The working group will agree a confidence strategy and a publicity campaign "
                + "with specialist organisations.", "The OPCC will fund the campaign and use its partners' channels.", null, null);
        state(start, 9, "R6", Applicability.OPCC, null, "The OPCC is assessing access to specialist support, including BAMER "
                + "independent domestic violence advisers and immigration advice, to inform 2026/27 commissioning.", null, null);
        state(start, 10, "R8", Applicability.BOTH, "The force will send HMICFRS its Vulnerability Board reports and a six-month update.",
                "The Commissioner scrutinises progress at performance meetings with the Chief Constable.", null, null);
        state(start, 10, "R2", Applicability.NEITHER, "Addressed to the Home Office. The force will respond to its review.", null, null, null);
        state(start, 10, "R3", Applicability.NEITHER, "Addressed to the Home Office and the NPCC. Until a national protocol exists, "
                + "the force's interim protocol (published in SafeShare) applies.", null, null, null);
        state(start, 10, "R7", Applicability.NEITHER, "Addressed to the Home Office. The force publishes its own quarterly figures "
                + "on requests to share with immigration enforcement.", null, null, null);

        UUID wg1 = meeting(start, 30, Forum.WORKING_GROUP, "Supt Raj Patel, Public Protection (chair)\nAmira Haddad, OPCC\n"
                + "Fatima Begum, Harbour Migrant Women's Project\nJonas Petrov, Northmoor Immigration Advice Centre\nTraining department",
                List.of("R1", "R4", "R5"), "Terms of reference agreed. Partners to review the interim protocol.",
                "First meeting of the Safe to Share working group.");
        UUID vb1 = meeting(start, 35, Forum.VULNERABILITY_BOARD, "ACC Jane Holt (chair)\nSupt Raj Patel\nAmira Haddad, OPCC\n"
                + "Divisional crime superintendents", List.of("R1", "R4", "R8"), "Interim protocol endorsed.",
                "The board will receive the tracker monthly.");
        UUID vb3 = meeting(start, 95, Forum.VULNERABILITY_BOARD, "ACC Jane Holt (chair)\nSupt Raj Patel\nAmira Haddad, OPCC",
                List.of("R3", "R5", "R6"), "Status of recommendation 3 set by hand to amber while the national protocol is awaited.",
                "Early findings report to HMICFRS agreed.");
        meeting(start, 150, Forum.WORKING_GROUP, "Supt Raj Patel (chair)\nAmira Haddad, OPCC\nFatima Begum\nJonas Petrov",
                List.of("R4", "R5"), "Campaign materials to be tested with survivors.", "Outreach plan discussed.");
        meeting(start, 155, Forum.VULNERABILITY_BOARD, "ACC Jane Holt (chair)\nSupt Raj Patel\nAmira Haddad, OPCC",
                List.of("R4", "R5", "R8"), "Publicity campaign is late; the OPCC will report next month.", null);

        UUID a;
        a = action(start, 8, "R1", null, "Amend the domestic abuse policy: no sharing on doubts alone", null, "Head of Public Protection", start.plusDays(30));
        update(start, 25, a, "Policy amended and published on the intranet", ActionStatus.DONE);
        a = action(start, 8, "R1", null, "Publish the interim safeguarding protocol in SafeShare", "dpo", null, start.plusDays(21));
        update(start, 14, a, "Protocol published; every sharing decision now records its version", ActionStatus.DONE);
        a = action(start, 36, "R1", vb1, "Brief every response team through inspectors' briefings", null, "Divisional Commanders", start.plusDays(90));
        update(start, 60, a, "Two of three divisions briefed", ActionStatus.IN_PROGRESS);
        update(start, 88, a, "All divisions briefed", ActionStatus.DONE);

        a = action(start, 8, "R4", null, "Set up the Safe to Share working group with partners", null, "Head of Public Protection", start.plusDays(45));
        update(start, 30, a, "First meeting held", ActionStatus.DONE);
        a = action(start, 31, "R4", wg1, "Add pathways to specialist organisations to the directory", "caseworker", null, start.plusDays(75));
        update(start, 70, a, "Twelve organisations listed, two giving regulated immigration advice", ActionStatus.DONE);
        a = action(start, 31, "R4", wg1, "Train DA caseworkers as migrant victim leads", null, "Training department", today.plusDays(20));
        update(start, 120, a, "First cohort trained; second booked", ActionStatus.IN_PROGRESS);
        action(start, 151, "R4", null, "Neighbourhood teams' outreach with community groups", null, "Divisional crime superintendents", today.plusDays(25));

        a = action(start, 31, "R5", wg1, "Publicity campaign with partners (GP surgeries, advice centres)", null, "OPCC communications lead", today.minusDays(10));
        update(start, 100, a, "Designs drafted with Harbour Migrant Women's Project", ActionStatus.IN_PROGRESS);

        a = action(start, 10, "R6", null, "Assess access to specialist victim support", gov, null, start.plusDays(90));
        update(start, 85, a, "Assessment complete: no BAMER IDVA provision in the north of the county", ActionStatus.DONE);
        a = action(start, 96, "R6", vb3, "Commission a BAMER independent domestic violence adviser", null, "OPCC commissioning manager", today.plusDays(120));
        update(start, 140, a, "Tender published", ActionStatus.IN_PROGRESS);

        a = action(start, 12, "R3", null, "Adopt the national safeguarding protocol when published", null, "Force strategic lead", start.plusDays(120));
        update(start, 95, a, "No national protocol yet: the Home Office and NPCC have not published one", ActionStatus.BLOCKED);
        store.insertItemState(new ItemState("R3", Applicability.NEITHER, current("R3").forceResponse(), null, Rag.AMBER,
                "Blocked only by the national timetable; the force's interim protocol is in force and reviewed monthly", gov, day(start, 96)));
        store.change("R3", null, gov, day(start, 96), "Status set by hand to Amber: blocked only by the national timetable");

        a = action(start, 12, "R2", null, "Respond to the Home Office review when it consults", null, "Force strategic lead", today.plusDays(60));
        update(start, 130, a, "Consultation not yet open", ActionStatus.IN_PROGRESS);

        a = action(start, 12, "R7", null, "Publish quarterly monitoring statistics on requests to share", "analyst", null, start.plusDays(120));
        update(start, 110, a, "First quarter published", ActionStatus.DONE);

        a = action(start, 12, "A1", null, "Ask immigration-related risk factors in the DA risk assessment", null, "Head of Public Protection", start.plusDays(60));
        update(start, 50, a, "Five immigration factors asked separately; they do not change the score", ActionStatus.DONE);

        action(start, 156, "R8", null, "Send the six-month update to HMICFRS", gov, null, today.plusDays(14));

        // The early-findings report, as of three months in, made the day after.
        publications.freeze(start.plusDays(91), "Early findings of the Safe to Share working group", gov, day(start, 92));
    }

    private ItemState current(String code) {
        return store.itemStates(clock.instant().plusNanos(1_000)).get(code);
    }

    private void state(LocalDate start, int days, String code, Applicability applies, String force, String opcc, Rag rag, String reason) {
        store.insertItemState(new ItemState(code, applies, force, opcc, rag, reason, "governance", day(start, days)));
        store.change(code, null, "governance", day(start, days), "Responses recorded");
    }

    private UUID meeting(LocalDate start, int days, Forum forum, String attendees, List<String> items, String decisions, String minutes) {
        UUID id = UUID.randomUUID();
        Instant at = day(start, days).plusSeconds(3 * 3600);
        jdbc.sql("""
                INSERT INTO gov_meeting (id, forum, held_on, attendees, decisions, minutes, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, forum.name(), start.plusDays(days), attendees, decisions, minutes, "governance", TrackerStore.at(at)).update();
        for (String code : items) {
            jdbc.sql("INSERT INTO gov_meeting_item (meeting_id, item_code) VALUES (?, ?)").params(id, code).update();
            store.change(code, null, "governance", at, "Discussed at the " + forum.label() + " on " + start.plusDays(days));
        }
        return id;
    }

    private UUID action(LocalDate start, int days, String code, UUID meeting, String description, String user, String role, LocalDate due) {
        UUID id = UUID.randomUUID();
        Instant at = day(start, days).plusSeconds(4 * 3600);
        store.insertAction(id, code, meeting, "governance", at);
        store.insertActionState(new ActionState(id, code, meeting, description, user, role, due, ActionStatus.NOT_STARTED, at),
                "governance", at);
        store.change(code, id, "governance", at, "Action added: " + description);
        return id;
    }

    private void update(LocalDate start, int days, UUID actionId, String note, ActionStatus status) {
        Instant at = day(start, days).plusSeconds(5 * 3600);
        ActionState now = store.actions(at.plusSeconds(1)).stream().filter(s -> s.actionId().equals(actionId)).findFirst().orElseThrow();
        store.insertUpdate(actionId, start.plusDays(days), note, "governance", at);
        String summary = "Update dated " + start.plusDays(days) + ": " + note;
        if (status != now.status()) {
            store.insertActionState(new ActionState(actionId, now.itemCode(), now.meetingId(), now.description(), now.ownerUser(),
                    now.ownerRole(), now.dueOn(), status, now.createdAt()), "governance", at);
            summary += " (status " + now.status().label().toLowerCase() + " to " + status.label().toLowerCase() + ")";
        }
        store.change(now.itemCode(), actionId, "governance", at, summary);
    }
}
