package uk.safeshare.specialist.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.PersonRecorded;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.SharingRequestProhibited;
import uk.safeshare.pathways.ThirdPartyReporting.ThirdPartyReportBecameCase;
import uk.safeshare.specialist.PersonWaiting;
import uk.safeshare.specialist.QueueReason;

/**
 * How victims and witnesses enter the queue: from the cases, firewall and pathways modules' events, after the
 * change that caused them commits (the registry keeps an event until this has handled it). Each reason is noted
 * once per person; a reason already noted changes nothing, so the same fact recorded again (every revision of a
 * person says their status again) does not put them back in the queue. A new reason for someone whose entry was
 * closed puts them back, waiting. Suspects are never queued (a victim-and-suspect is a victim).
 */
@Component
class QueueEntrance {

    private final QueueStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QueueEntrance(QueueStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonRecorded recorded) {
        if (!helped(recorded.role())) {
            return;
        }
        Set<QueueReason> reasons = EnumSet.noneOf(QueueReason.class);
        if (recorded.statusBasis() == StatusBasis.NOT_KNOWN || recorded.statusBasis() == StatusBasis.CONCERNS_OR_DOUBTS_ONLY) {
            reasons.add(QueueReason.IMMIGRATION_STATUS_UNCERTAIN);
        }
        if (recorded.interpreterNeeded()) {
            reasons.add(QueueReason.INTERPRETER_NEEDED);
        }
        // A fact SafeShare holds itself: the case came from a partner's third-party report.
        if (store.fromThirdPartyReport(recorded.caseId())) {
            reasons.add(QueueReason.THIRD_PARTY_REPORT);
        }
        enter(recorded.personId(), recorded.caseId(), recorded.teamId(), reasons);
    }

    @ApplicationModuleListener
    void on(SharingRequestProhibited prohibited) {
        if (helped(prohibited.role()) && prohibited.teamId() != null) {
            enter(prohibited.personId(), prohibited.caseId(), prohibited.teamId(), EnumSet.of(QueueReason.SHARING_PROHIBITED));
        }
    }

    /**
     * The case is new and has nobody on it yet: it is remembered, and its victims and witnesses enter when they are
     * recorded. Anyone already queued on it (if recording them was handled first) gets the reason now.
     */
    @ApplicationModuleListener
    void on(ThirdPartyReportBecameCase became) {
        store.noteThirdPartyCase(became.caseId(), became.reportId(), clock.instant());
        for (UUID person : store.peopleOnCase(became.caseId())) {
            store.find(person).ifPresent(row -> enter(row.personId(), row.caseId(), row.teamId(), EnumSet.of(QueueReason.THIRD_PARTY_REPORT)));
        }
    }

    private static boolean helped(PersonRole role) {
        return role != PersonRole.SUSPECT;
    }

    private void enter(UUID personId, UUID caseId, UUID teamId, Set<QueueReason> reasons) {
        Instant now = clock.instant();
        boolean anyNew = false;
        for (QueueReason reason : reasons) {
            if (!store.hasReason(personId, reason)) {
                store.insertReason(personId, reason, now);
                anyNew = true;
            }
        }
        if (!anyNew) {
            return;
        }
        boolean waitingNow;
        if (store.find(personId).isEmpty()) {
            store.insertEntry(personId, caseId, teamId, now);
            waitingNow = true;
        } else {
            waitingNow = store.reopen(personId, now);
        }
        if (waitingNow) {
            // Someone waiting whom no caseworker holds: the team's caseworkers are told (notices module).
            events.publishEvent(new PersonWaiting(personId, teamId, now));
        }
    }
}
