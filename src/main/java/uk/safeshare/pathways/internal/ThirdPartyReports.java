package uk.safeshare.pathways.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.Cases;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.pathways.ThirdPartyReporting;
import uk.safeshare.pathways.ThirdPartyReporting.ReportView;
import uk.safeshare.pathways.ThirdPartyReporting.Status;
import uk.safeshare.pathways.ThirdPartyReporting.SubmitReport;
import uk.safeshare.pathways.ThirdPartyReporting.ThirdPartyReportReceived;
import uk.safeshare.pathways.ThirdPartyReporting.Triage;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * Third-party reporting: a partner reports for a victim who is not ready to be identified; police
 * triage the queue; the report becomes a case only when the victim consents.
 */
@Service
public class ThirdPartyReports {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Cases cases;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;
    private final uk.safeshare.register.Register register;

    ThirdPartyReports(JdbcClient jdbc, FieldCipher cipher, Cases cases, CommandValidator validator,
                      ApplicationEventPublisher events, Identity identity, Clock clock, uk.safeshare.register.Register register) {
        this.register = register;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.cases = cases;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public UUID submit(SubmitReport report) {
        SafeShareUser user = identity.current();
        if (!user.has(Role.PARTNER)) {
            throw new ForbiddenException("Third-party reports are made by partner organisations");
        }
        validator.validate(report);
        if (report.policeMayContact() && (report.contactRoute() == null || report.contactRoute().isBlank())) {
            throw new InvalidRequestException("contactRoute", "Say how police may make contact, or that they may not");
        }
        if (report.policeMayContact() && register.screen(report.contactRoute()).immigrationEnforcement()) {
            // A route through the Home Office would pass the victim's report to immigration enforcement.
            throw new InvalidRequestException("contactRoute", "A contact route never goes through immigration enforcement or"
                    + " another part of the Home Office: give a route through your organisation or the victim's own");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        long number = jdbc.sql("SELECT nextval('third_party_reference_seq')").query(Long.class).single();
        String reference = "TPR-" + now.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", number);
        jdbc.sql("""
                INSERT INTO third_party_report (id, reference, organisation_id, reported_by, crime_type, occurred_on, area, what_happened,
                    victim_wishes, police_may_contact, contact_route, status, received_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, reference, user.organisationId().value(), user.username(), report.crimeType().name(), report.occurredOn(),
                        report.area().trim(), cipher.encrypt(report.whatHappened().trim()), cipher.encrypt(report.victimWishes().trim()),
                        report.policeMayContact(), report.policeMayContact() ? cipher.encrypt(report.contactRoute().trim()) : null,
                        Status.RECEIVED.name(), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new ThirdPartyReportReceived(id, report.crimeType(), now));
        events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, user.username(), null, "third-party report " + reference + " received"));
        return id;
    }

    /** A partner sees its own organisation's reports; police case-workers see the whole queue. */
    @Transactional
    public List<ReportView> list() {
        SafeShareUser user = identity.current();
        String where = user.has(Role.PARTNER) ? " WHERE t.organisation_id = ?" : "";
        var sql = jdbc.sql("SELECT t.*, o.name AS organisation_name FROM third_party_report t JOIN organisation o ON o.id = t.organisation_id"
                + where + " ORDER BY t.received_at DESC LIMIT 500");
        if (user.has(Role.PARTNER)) {
            sql = sql.param(user.organisationId().value());
        } else if (user.roles().stream().noneMatch(Role::worksCases)) {
            throw new ForbiddenException("Only police case-workers and partners see third-party reports");
        }
        List<ReportView> reports = sql.query((rs, n) -> row(rs)).list();
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), null, "listed " + reports.size() + " third-party reports"));
        return reports;
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public ReportView get(UUID id) {
        SafeShareUser user = identity.current();
        ReportView report = find(id);
        if (report == null || (user.has(Role.PARTNER) && !ownedBy(id, user.organisationId()))
                || (!user.has(Role.PARTNER) && user.roles().stream().noneMatch(Role::worksCases))) {
            events.publishEvent(DataProcessed.of(AuditAction.ACCESS_DENIED, user.username(), null, "asked for third-party report " + id));
            throw new NotFoundException("No third-party report " + id);
        }
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, user.username(), report.caseId(), "viewed third-party report " + report.reference()));
        return report;
    }

    @Transactional
    public ReportView triage(UUID id, Triage triage) {
        SafeShareUser user = identity.current();
        if (user.roles().stream().noneMatch(Role::worksCases)) {
            throw new ForbiddenException("Only police case-workers triage third-party reports");
        }
        validator.validate(triage);
        ReportView report = find(id);
        if (report == null) {
            throw new NotFoundException("No third-party report " + id);
        }
        if (report.status() == Status.BECAME_CASE || report.status() == Status.CLOSED) {
            throw new InvalidRequestException("status", "This report is already " + report.status().label().toLowerCase());
        }
        if (triage.status() == Status.RECEIVED) {
            throw new InvalidRequestException("status", "Choose triaged, became a case, or closed");
        }
        UUID caseId = null;
        if (triage.status() == Status.BECAME_CASE) {
            if (!triage.victimConsentedToACase()) {
                throw new InvalidRequestException("victimConsentedToACase", "A third-party report becomes a case only when the victim consents");
            }
            LocalDate day = report.occurredOn() == null ? report.receivedAt().atZone(ZoneOffset.UTC).toLocalDate() : report.occurredOn();
            caseId = cases.openCase(new ReportDetails(EnumSet.of(report.crimeType()), day.atStartOfDay().toInstant(ZoneOffset.UTC),
                    report.area(), "From third-party report " + report.reference() + " (" + report.organisationName() + "): "
                    + report.whatHappened()));
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE third_party_report SET status = ?, triage_note = ?, case_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(triage.status().name(), triage.note() == null || triage.note().isBlank() ? null : cipher.encrypt(triage.note().trim()),
                        caseId, now.atOffset(ZoneOffset.UTC), id)
                .update();
        if (caseId != null) {
            events.publishEvent(new ThirdPartyReporting.ThirdPartyReportBecameCase(id, report.reference(), caseId, now));
        }
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, user.username(), caseId,
                "triaged third-party report " + report.reference() + " as " + triage.status()));
        return find(id);
    }

    private boolean ownedBy(UUID id, OrganisationId organisation) {
        return jdbc.sql("SELECT COUNT(*) FROM third_party_report WHERE id = ? AND organisation_id = ?")
                .params(id, organisation.value()).query(Long.class).single() > 0;
    }

    private ReportView find(UUID id) {
        return jdbc.sql("SELECT t.*, o.name AS organisation_name FROM third_party_report t JOIN organisation o ON o.id = t.organisation_id WHERE t.id = ?")
                .param(id).query((rs, n) -> row(rs)).optional().orElse(null);
    }

    private ReportView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportView(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("organisation_name"),
                CrimeType.valueOf(rs.getString("crime_type")), rs.getObject("occurred_on", LocalDate.class), rs.getString("area"),
                cipher.decrypt(rs.getString("what_happened")), cipher.decrypt(rs.getString("victim_wishes")),
                rs.getBoolean("police_may_contact"), cipher.decrypt(rs.getString("contact_route")),
                Status.valueOf(rs.getString("status")), cipher.decrypt(rs.getString("triage_note")),
                rs.getObject("case_id", UUID.class), rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
