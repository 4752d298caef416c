package uk.safeshare.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.validation.CommandValidator;

/** Opening a case for a report, and revising the report. */
@Service
public class ReportRecording {

    private final CaseFileRepository cases;
    private final CaseLoader loader;
    private final HistoryLog history;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;

    ReportRecording(CaseFileRepository cases, CaseLoader loader, HistoryLog history, CommandValidator validator,
                    ApplicationEventPublisher events, Identity identity, Clock clock) {
        this.cases = cases;
        this.loader = loader;
        this.history = history;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public UUID open(ReportDetails details) {
        SafeShareUser user = identity.current();
        validator.validate(details);
        if (user.teamId() == null) {
            throw new InvalidRequestException("team", "You are not in a team, so a case cannot be opened for you. Ask an administrator.");
        }
        Instant now = clock.instant();
        String reference = "SS-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", cases.nextReferenceNumber());
        CaseFile saved = cases.save(CaseFile.open(reference, user.teamId().value(), details, user.username(), now));
        history.record("CASE", saved.id(), saved.id(), saved.version(), user.username(), "CREATED", now, Snapshots.of(saved));
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), saved.id(), "opened case " + reference));
        return saved.id();
    }

    @Transactional
    public void revise(UUID caseId, Long expectedVersion, ReportDetails details) {
        SafeShareUser user = identity.current();
        validator.validate(details);
        CaseFile current = loader.forChange(user, caseId);
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new ConflictException("Someone else changed case " + current.reference() + " while you were editing it. Reload it and make your change again.");
        }
        Instant now = clock.instant();
        CaseFile saved = cases.save(current.revise(details, now));
        history.record("CASE", saved.id(), saved.id(), saved.version(), user.username(), "CHANGED", now, Snapshots.of(saved));
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), saved.id(), "revised case " + saved.reference()));
    }
}
