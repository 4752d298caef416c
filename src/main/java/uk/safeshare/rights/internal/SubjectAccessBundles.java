package uk.safeshare.rights.internal;

import uk.safeshare.shared.pdf.AccessiblePdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.rights.RightsRequests;
import uk.safeshare.rights.RightsRequests.Item;
import uk.safeshare.rights.RightsRequests.Kind;
import uk.safeshare.rights.RightsRequests.MatchedPerson;
import uk.safeshare.rights.RightsRequests.RightsRequest;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * A subject access bundle (DPA 2018 s.45): everything SafeShare holds about the confirmed person records,
 * decrypted, with the other people in the same cases redacted by name and anything the DPO withheld left
 * out (its reason stays with the request, not in the bundle). A ZIP of a readable PDF and the same as JSON.
 */
@Component
class SubjectAccessBundles {

    static final String WITHHELD = "Withheld under section 45(4) of the Data Protection Act 2018";
    static final String REDACTED = "[another person]";

    /** Sections, each a query with one parameter (the person id) and the item that withholds it; every parameter is the person's id. */
    private record Section(String name, Item item, String sql) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("person", Item.PERSON, "SELECT * FROM case_person WHERE id = ?"),
            new Section("history", Item.HISTORY, "SELECT version, changed_at, changed_by, change_kind, snapshot FROM record_history WHERE record_id = ? ORDER BY version"),
            new Section("case", Item.CASES, "SELECT c.reference, c.occurred_at, c.area, c.summary, c.created_at FROM case_file c JOIN case_person p ON p.case_id = c.id WHERE p.id = ?"),
            new Section("crimeTypes", Item.CASES, "SELECT t.crime_type FROM case_crime_type t JOIN case_person p ON p.case_id = t.case_file WHERE p.id = ?"),
            new Section("sharingRequests", Item.SHARING, "SELECT * FROM sharing_request WHERE person_id = ? ORDER BY requested_at"),
            new Section("disclosures", Item.SHARING, "SELECT r.recipient, r.recipient_name, r.purpose, d.* FROM sharing_disclosure d JOIN sharing_request r ON r.id = d.request_id WHERE r.person_id = ?"),
            new Section("referrals", Item.REFERRALS, "SELECT s.name AS service, r.* FROM referral r JOIN support_service s ON s.id = r.support_service_id WHERE r.person_id = ?"),
            new Section("referralNotes", Item.REFERRALS, "SELECT n.* FROM referral_note n JOIN referral r ON r.id = n.referral_id WHERE r.person_id = ?"),
            // The specialist caseworker's queue is support for the person: withheld with the referrals if the DPO withholds those.
            new Section("specialistQueue", Item.REFERRALS, "SELECT state, entered_at FROM specialist_queue_entry WHERE person_id = ?"),
            new Section("specialistQueueReasons", Item.REFERRALS, "SELECT reason, noted_at FROM specialist_queue_reason WHERE person_id = ? ORDER BY noted_at"),
            new Section("specialistAdvice", Item.REFERRALS, "SELECT given_on, advice, recorded_by, recorded_at FROM specialist_advice WHERE person_id = ? ORDER BY given_on"),
            new Section("noticesGiven", Item.NOTICES, "SELECT * FROM notice_given WHERE person_id = ?"),
            new Section("riskAssessments", Item.RISK_ASSESSMENTS, "SELECT * FROM risk_assessment WHERE person_id = ?"),
            new Section("maracReferrals", Item.MARAC, "SELECT * FROM marac_referral WHERE person_id = ?"),
            new Section("auditLog", Item.AUDIT, """
                    SELECT e.seq, e.occurred_at, e.actor, e.action, e.details FROM audit_entry e
                    WHERE EXISTS (SELECT 1 FROM audit_entry_person ap WHERE ap.seq = e.seq AND ap.person_id = ?)
                       OR (e.case_id = (SELECT case_id FROM case_person WHERE id = ?) AND (e.person_ids IS NULL OR e.person_ids = ''))
                    ORDER BY e.seq"""));

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final RightsService rights;
    private final RightsDesk desk;
    private final CarryingOutRequests carrying;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubjectAccessBundles(JdbcClient jdbc, FieldCipher cipher, JsonMapper json, ITemplateEngine templates, RightsService rights,
                         RightsDesk desk, CarryingOutRequests carrying, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.templates = templates;
        this.rights = rights;
        this.desk = desk;
        this.carrying = carrying;
        this.events = events;
        this.clock = clock;
    }

    /** The bundle as data, for the JSON file, the PDF and tests. */
    Map<String, Object> gather(RightsRequest request) {
        Set<Item> withheld = request.withheld().stream().map(RightsRequests.Withholding::item).collect(Collectors.toSet());
        List<Pattern> others = otherPeople(request.people());
        List<Map<String, Object>> people = new ArrayList<>();
        for (MatchedPerson person : request.people()) {
            Map<String, Object> sections = new LinkedHashMap<>();
            for (Section section : SECTIONS) {
                if (withheld.contains(section.item())) {
                    sections.put(section.name(), WITHHELD);
                    continue;
                }
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Map<String, Object> row : jdbc.sql(section.sql()).params(fill(section.sql(), person.personId())).query().listOfRows()) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    row.forEach((column, value) -> {
                        if (!column.equalsIgnoreCase("version") || section.name().equals("history")) {
                            out.put(column.toLowerCase(), redact(readable(value), others));
                        }
                    });
                    rows.add(out);
                }
                sections.put(section.name(), rows);
            }
            long otherCount = jdbc.sql("SELECT COUNT(*) FROM case_person WHERE case_id = ? AND id <> ?")
                    .params(person.caseId(), person.personId()).query(Long.class).single();
            sections.put("otherPeopleInTheCase", otherCount + " other people in this case are not included: their information is not yours");
            people.add(sections);
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("reference", request.reference());
        bundle.put("producedAt", clock.instant().toString());
        bundle.put("about", request.givenName() + " " + request.familyName());
        bundle.put("records", people);
        bundle.put("withheld", withheld.stream().sorted(Comparator.comparing(Enum::name)).map(i -> i.name() + ": " + WITHHELD).toList());
        return bundle;
    }

    /** Exports the bundle of an approved subject access request as a ZIP; the request is then complete. Audited as a disclosure. */
    @Transactional
    byte[] export(UUID requestId) {
        String actor = desk.requireDpo();
        RightsRequest request = rights.get(requestId);
        if (request.kind() != Kind.SUBJECT_ACCESS) {
            throw new ConflictException("Only a subject access request has a bundle.");
        }
        if (request.status() != RightsRequests.Status.APPROVED && request.status() != RightsRequests.Status.COMPLETED) {
            throw new ConflictException("Approve request " + request.reference() + " before exporting its bundle.");
        }
        Map<String, Object> bundle = gather(request);
        byte[] zip = zip(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle), pdf(bundle));
        carrying.complete(requestId);
        events.publishEvent(new DataProcessed(AuditAction.DISCLOSURE, actor, null,
                request.people().stream().map(MatchedPerson::personId).toList(), null, "the data subject",
                "exported the subject access bundle of " + request.reference()));
        return zip;
    }

    /** One section as the PDF prints it: a sentence (withheld, or a count), or rows of fields. */
    record PrintSection(String name, String text, List<Map<String, Object>> rows) {
    }

    @SuppressWarnings("unchecked")
    private byte[] pdf(Map<String, Object> bundle) {
        List<List<PrintSection>> records = new ArrayList<>();
        for (Map<String, Object> record : (List<Map<String, Object>>) bundle.get("records")) {
            List<PrintSection> sections = new ArrayList<>();
            record.forEach((name, value) -> sections.add(value instanceof String text ? new PrintSection(name, text, List.of())
                    : new PrintSection(name, null, (List<Map<String, Object>>) value)));
            records.add(sections);
        }
        Context context = new Context();
        context.setVariable("bundle", bundle);
        context.setVariable("records", records);
        context.setVariable("fontFamily", AccessiblePdf.FONT_FAMILY);
        return AccessiblePdf.render(templates.process("rights/bundle-print", context), "The bundle");
    }

    private static byte[] zip(byte[] jsonBytes, byte[] pdfBytes) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("subject-access.pdf"));
            zip.write(pdfBytes);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("subject-access.json"));
            zip.write(jsonBytes);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The bundle could not be zipped", e);
        }
    }

    private static Object[] fill(String sql, UUID id) {
        Object[] params = new Object[(int) sql.chars().filter(c -> c == '?').count()];
        java.util.Arrays.fill(params, id);
        return params;
    }

    private Object readable(Object value) {
        if (value instanceof String s && s.startsWith("v1:")) {
            return cipher.decrypt(s);
        }
        if (value instanceof UUID || value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        return value;
    }

    /**
     * Names of the other people in the subject's cases, longest first, skipping any part that is also the subject's
     * own name (relatives often share a family name).
     */
    private List<Pattern> otherPeople(List<MatchedPerson> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = subjects.stream().map(MatchedPerson::personId).collect(Collectors.toSet());
        Set<String> own = subjects.stream().flatMap(s -> java.util.stream.Stream.of(s.givenName(), s.familyName()))
                .map(String::toLowerCase).collect(Collectors.toSet());
        List<String> names = new ArrayList<>();
        for (MatchedPerson subject : subjects) {
            jdbc.sql("SELECT id, given_name, family_name FROM case_person WHERE case_id = ?").param(subject.caseId()).query((rs, n) -> {
                if (!ids.contains(rs.getObject(1, UUID.class))) {
                    names.add(rs.getString(2) + " " + rs.getString(3));
                    for (String part : List.of(rs.getString(2), rs.getString(3))) {
                        if (part.length() > 1 && !own.contains(part.toLowerCase())) {
                            names.add(part);
                        }
                    }
                }
                return null;
            }).list();
        }
        return names.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(n) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    private static Object redact(Object value, List<Pattern> others) {
        if (!(value instanceof String s) || others.isEmpty()) {
            return value;
        }
        for (Pattern p : others) {
            s = p.matcher(s).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return s;
    }
}
