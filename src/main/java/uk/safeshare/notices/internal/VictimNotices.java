package uk.safeshare.notices.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonView;
import uk.safeshare.cases.Cases;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.firewall.Firewall;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.notices.VictimNotice;
import uk.safeshare.notices.VictimNotice.GiveNotice;
import uk.safeshare.notices.VictimNotice.Given;
import uk.safeshare.notices.VictimNotice.Section;
import uk.safeshare.pathways.PersonSupport;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;
import uk.safeshare.shared.crypto.FieldCipher;
import uk.safeshare.shared.validation.CommandValidator;

/**
 * Builds a victim's or witness's notice from SafeShare's own records: what the published protocol
 * means for them, what has actually been shared and refused, who can help, and their rights. The
 * words come from the notice message bundle, so the force's translators can add languages.
 */
@Service
public class VictimNotices {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Cases cases;
    private final Firewall firewall;
    private final PersonSupport support;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Identity identity;
    private final Clock clock;

    VictimNotices(Cases cases, Firewall firewall, PersonSupport support, MessageSource messages, JdbcClient jdbc,
                  FieldCipher cipher, CommandValidator validator, ApplicationEventPublisher events, Identity identity, Clock clock) {
        this.cases = cases;
        this.firewall = firewall;
        this.support = support;
        this.messages = messages;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.validator = validator;
        this.events = events;
        this.identity = identity;
        this.clock = clock;
    }

    /** Languages with a checked translation of the notice (English always). */
    public static boolean translated(String language) {
        return "en".equals(language) || new ClassPathResource("notices/notice_" + language + ".properties").exists();
    }

    @Transactional
    public VictimNotice build(UUID caseId, UUID personId, String requestedLanguage) {
        PersonView person = person(caseId, personId);
        String language = requestedLanguage != null && !requestedLanguage.isBlank() ? requestedLanguage
                : person.language() != null ? person.language() : "en";
        if (!IsoCodes.isLanguage(language)) {
            throw new InvalidRequestException("lang", "'" + language + "' is not an ISO 639-1 language code");
        }
        boolean available = translated(language);
        Locale locale = available ? Locale.of(language) : Locale.ENGLISH;
        Firewall.ImmigrationStance stance = firewall.immigrationStance(caseId, personId);
        List<Firewall.SharingRecord> sharing = firewall.sharingAbout(caseId, personId);

        List<String> immigration = new ArrayList<>();
        immigration.add(text(locale, "notice.immigration." + stance.outcome()));
        // The rules' own reasons are written for officers; the person gets the plain reason that applies to them.
        if (stance.outcome().equals("PROHIBITED") && person.statusBasis() != uk.safeshare.cases.StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE) {
            immigration.add(text(locale, "notice.immigration.because.noEvidence"));
        }
        List<String> circumstances = List.of(text(locale, "notice.circumstances.doubts"), text(locale, "notice.circumstances.evidence"),
                text(locale, "notice.circumstances.emergency"));

        List<String> shared = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Firewall.SharingRecord r : sharing) {
            if (r.disclosedAt() != null) {
                shared.add(text(locale, "notice.shared.item", day(r.disclosedAt()), String.join(", ", r.informationShared()).toLowerCase(Locale.UK),
                        r.recipient(), r.purpose().toLowerCase(Locale.UK)));
                shared.add(text(locale, "notice.shared.why", r.why()));
            } else if (r.immigrationEnforcement() && r.refused()) {
                refused.add(text(locale, "notice.refused.item", day(r.requestedAt()), r.recipient(), r.decision().toLowerCase(Locale.UK)));
            }
        }
        if (shared.isEmpty()) {
            shared.add(text(locale, "notice.shared.none"));
        }

        List<String> help = new ArrayList<>();
        help.add(text(locale, "notice.help.intro"));
        Set<String> named = new LinkedHashSet<>();
        for (PersonSupport.SupportOffered s : support.referralsFor(caseId, personId)) {
            help.add(text(locale, "notice.help.referred", s.organisation(), String.join(", ", s.help())));
            if (s.intermediary()) {
                help.add(text(locale, "notice.help.intermediary", s.organisation()));
            }
            help.add(text(locale, "notice.help.contact", s.contactRoutes()));
            named.add(s.organisation());
        }
        for (PersonSupport.SupportOffered s : support.organisationsFor(Set.of(Specialism.IMMIGRATION_ADVICE, Specialism.MIGRANT_BAME_LED_SUPPORT),
                person.language())) {
            if (named.add(s.organisation())) {
                help.add(s.organisation() + ": " + String.join(", ", s.help()) + ". "
                        + (s.regulatedAdviser() ? text(locale, "notice.help.regulated") + " " : "")
                        + text(locale, "notice.help.contact", s.contactRoutes()));
            }
        }
        List<String> rights = List.of(text(locale, "notice.rights.victims"), text(locale, "notice.rights.data"), text(locale, "notice.rights.ask"));
        Instant now = clock.instant();
        return new VictimNotice(language, IsoCodes.languageName(language), available, text(locale, "notice.title"),
                text(locale, "notice.for", person.fullName()), text(locale, "notice.intro"),
                new Section(text(locale, "notice.immigration.heading"), immigration),
                new Section(text(locale, "notice.circumstances.heading"), circumstances),
                new Section(text(locale, "notice.shared.heading"), shared),
                new Section(text(locale, "notice.refused.heading"), refused),
                new Section(text(locale, "notice.help.heading"), help),
                new Section(text(locale, "notice.rights.heading"), rights),
                text(locale, "notice.footer", day(now), stance.protocolId(), shortHash(stance.protocolHash())),
                stance.protocolId(), stance.protocolHash(), now, given(personId));
    }

    /** Records that the notice was given; this tells the person, so it meets every "tell the person" obligation owed. */
    @Transactional
    public int recordGiven(UUID caseId, UUID personId, GiveNotice command) {
        SafeShareUser user = identity.current();
        validator.validate(command);
        if (!IsoCodes.isLanguage(command.language())) {
            throw new InvalidRequestException("language", "'" + command.language() + "' is not an ISO 639-1 language code");
        }
        if (!translated(command.language()) && !command.interpreterUsed()) {
            throw new InvalidRequestException("interpreterUsed", "There is no checked translation in " + IsoCodes.languageName(command.language())
                    + ": give the notice through an interpreter and record that");
        }
        person(caseId, personId);
        Firewall.ImmigrationStance stance = firewall.immigrationStance(caseId, personId);
        String how = "Victim notice given (" + command.method().label().toLowerCase(Locale.UK) + ", in "
                + IsoCodes.languageName(command.language()) + (command.interpreterUsed() ? ", with an interpreter" : "") + ") by "
                + user.username();
        int met = firewall.recordPersonTold(caseId, personId, how);
        jdbc.sql("""
                INSERT INTO notice_given (id, case_id, person_id, given_by, given_at, method, language, interpreter_used, notes,
                                          protocol_id, obligations_met)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), caseId, personId, user.username(), clock.instant().atOffset(ZoneOffset.UTC),
                        command.method().name(), command.language(), command.interpreterUsed(),
                        command.notes() == null || command.notes().isBlank() ? null : cipher.encrypt(command.notes().trim()),
                        stance.protocolId(), met)
                .update();
        events.publishEvent(new DataProcessed(AuditAction.DISCLOSURE, user.username(), caseId, List.of(personId), how,
                "the person (victim notice)", "gave the victim notice; " + met + " obligation(s) to tell the person met"));
        return met;
    }

    private List<Given> given(UUID personId) {
        return jdbc.sql("SELECT given_by, given_at, method, language, interpreter_used, notes, obligations_met FROM notice_given "
                        + "WHERE person_id = ? ORDER BY given_at DESC")
                .param(personId)
                .query((rs, n) -> new Given(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        VictimNotice.Method.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5), cipher.decrypt(rs.getString(6)),
                        rs.getInt(7)))
                .list();
    }

    private PersonView person(UUID caseId, UUID personId) {
        PersonView person = switch (cases.person(caseId, personId)) {
            case CaseLookup.Found<PersonView> f -> f.value();
            case CaseLookup.NeedsBreakGlass<PersonView> g -> throw new ForbiddenException("Case " + g.reference()
                    + " belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonView> m -> throw new NotFoundException("No person " + personId + " on case " + caseId);
        };
        if (person.role() == PersonRole.SUSPECT) {
            throw new InvalidRequestException("personId", "Victim notices are for victims and witnesses");
        }
        return person;
    }

    /** Every notice message goes through MessageFormat, so translators write an apostrophe as '' in every message. */
    private String text(Locale locale, String key, Object... args) {
        return new java.text.MessageFormat(messages.getMessage(key, null, locale), locale).format(args);
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(UK));
    }

    private static String shortHash(String hash) {
        return hash == null || hash.length() < 12 ? hash : hash.substring(0, 12);
    }
}
