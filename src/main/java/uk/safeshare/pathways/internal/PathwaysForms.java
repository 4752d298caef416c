package uk.safeshare.pathways.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.pathways.DirectoryCommands.ServiceDetails;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.ReferralCommands.Basis;
import uk.safeshare.pathways.ReferralCommands.ConsentMethod;
import uk.safeshare.pathways.ReferralCommands.MakeReferral;
import uk.safeshare.pathways.ReferralCommands.SharedField;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.ThirdPartyReporting;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/** Form objects for the pathway pages. */
public final class PathwaysForms {

    static final ZoneId UK = ZoneId.of("Europe/London");

    static final Map<String, Field> SERVICE_FIELDS = Map.of(
            "name", new Field("name", "Name"), "description", new Field("description", "Description"),
            "specialisms", new Field("specialisms", "Specialisms"), "languages", new Field("languages", "Languages"),
            "areas", new Field("areas", "Areas covered"), "contactRoutes", new Field("contactRoutes", "Contact routes"),
            "capacityNotes", new Field("capacityNotes", "Capacity notes"), "organisationId", new Field("organisationId", "Partner organisation"));

    static final Map<String, Field> REFERRAL_FIELDS = Map.of(
            "supportServiceId", new Field("supportServiceId", "Organisation"), "needs", new Field("needs", "Needs"),
            "basis", new Field("basis", "Consent"), "consentGivenBy", new Field("consentGivenBy", "Who gave consent"),
            "consentGivenAt", new Field("consentDay", "When consent was given"), "consentMethod", new Field("consentMethod", "How consent was given"),
            "sharedFields", new Field("sharedFields", "What may be shared"), "overrideJustification", new Field("basis", "Justification"),
            "personId", new Field("supportServiceId", "Person"));

    static final Map<String, Field> REPORT_FIELDS = Map.of(
            "crimeType", new Field("crimeType", "Type of crime"), "occurredOn", new Field("day", "When it happened"),
            "area", new Field("area", "Area"), "whatHappened", new Field("whatHappened", "What happened"),
            "victimWishes", new Field("victimWishes", "What the victim wants"), "contactRoute", new Field("contactRoute", "How police may make contact"));

    private PathwaysForms() {
    }

    public static final class ServiceForm {
        private String name;
        private String description;
        private Set<Specialism> specialisms = EnumSet.noneOf(Specialism.class);
        private String languages;
        private String areas;
        private String contactRoutes;
        private String capacityNotes;
        private boolean regulatedAdviser;
        private UUID organisationId;
        private boolean active = true;

        static ServiceForm of(SupportService s) {
            ServiceForm f = new ServiceForm();
            f.name = s.name();
            f.description = s.description();
            f.specialisms = s.specialisms().isEmpty() ? EnumSet.noneOf(Specialism.class) : EnumSet.copyOf(s.specialisms());
            f.languages = String.join(", ", s.languages());
            f.areas = String.join(", ", s.areas());
            f.contactRoutes = s.contactRoutes();
            f.capacityNotes = s.capacityNotes();
            f.regulatedAdviser = s.regulatedAdviser();
            f.organisationId = s.organisationId();
            f.active = s.active();
            return f;
        }

        ServiceDetails toCommand() {
            return new ServiceDetails(name, description, specialisms, list(languages, true), list(areas, false), contactRoutes,
                    capacityNotes, regulatedAdviser, organisationId, active);
        }

        private static Set<String> list(String text, boolean lower) {
            if (text == null) {
                return Set.of();
            }
            return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> lower ? s.toLowerCase(java.util.Locale.ROOT) : s).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public Set<Specialism> getSpecialisms() { return specialisms; }
        public void setSpecialisms(Set<Specialism> v) { specialisms = uk.safeshare.shared.web.FormChoices.of(v, Specialism.class); }
        public String getLanguages() { return languages; }
        public void setLanguages(String v) { languages = v; }
        public String getAreas() { return areas; }
        public void setAreas(String v) { areas = v; }
        public String getContactRoutes() { return contactRoutes; }
        public void setContactRoutes(String v) { contactRoutes = v; }
        public String getCapacityNotes() { return capacityNotes; }
        public void setCapacityNotes(String v) { capacityNotes = v; }
        public boolean isRegulatedAdviser() { return regulatedAdviser; }
        public void setRegulatedAdviser(boolean v) { regulatedAdviser = v; }
        public UUID getOrganisationId() { return organisationId; }
        public void setOrganisationId(UUID v) { organisationId = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
    }

    public static final class ReferralForm {
        private UUID supportServiceId;
        private Set<Specialism> needs = EnumSet.noneOf(Specialism.class);
        private Basis basis = Basis.CONSENT;
        private String consentGivenBy;
        private String consentDay;
        private String consentMonth;
        private String consentYear;
        private ConsentMethod consentMethod;
        private Set<SharedField> sharedFields = EnumSet.noneOf(SharedField.class);
        private boolean intermediary;
        /** The sharing request whose "offer a referral" sent the officer here, if any. */
        private UUID sharingRequest;

        public UUID getSharingRequest() { return sharingRequest; }
        public void setSharingRequest(UUID v) { sharingRequest = v; }

        MakeReferral toCommand(BindingResult errors) {
            LocalDate day = uk.safeshare.shared.web.DateInput.read(consentDay, consentMonth, consentYear, errors, "consentDay", "When consent was given", true);
            // A consent recorded today is stamped now; one recorded for an earlier day, at noon of that day.
            java.time.Instant at = day == null ? null : day.equals(LocalDate.now(UK)) ? java.time.Instant.now()
                    : day.atTime(LocalTime.NOON).atZone(UK).toInstant();
            return new MakeReferral(supportServiceId, needs, basis, consentGivenBy, at, consentMethod, sharedFields, null, intermediary);
        }

        public UUID getSupportServiceId() { return supportServiceId; }
        public void setSupportServiceId(UUID v) { supportServiceId = v; }
        public Set<Specialism> getNeeds() { return needs; }
        public void setNeeds(Set<Specialism> v) { needs = uk.safeshare.shared.web.FormChoices.of(v, Specialism.class); }
        public Basis getBasis() { return basis; }
        public void setBasis(Basis v) { basis = v; }
        public String getConsentGivenBy() { return consentGivenBy; }
        public void setConsentGivenBy(String v) { consentGivenBy = v; }
        public String getConsentDay() { return consentDay; }
        public void setConsentDay(String v) { consentDay = v; }
        public String getConsentMonth() { return consentMonth; }
        public void setConsentMonth(String v) { consentMonth = v; }
        public String getConsentYear() { return consentYear; }
        public void setConsentYear(String v) { consentYear = v; }
        public ConsentMethod getConsentMethod() { return consentMethod; }
        public void setConsentMethod(ConsentMethod v) { consentMethod = v; }
        public Set<SharedField> getSharedFields() { return sharedFields; }
        public void setSharedFields(Set<SharedField> v) { sharedFields = uk.safeshare.shared.web.FormChoices.of(v, SharedField.class); }
        public boolean isIntermediary() { return intermediary; }
        public void setIntermediary(boolean v) { intermediary = v; }
    }

    public static final class UpdateForm {
        private Status status;
        private String reason;
        private String note;

        public Status getStatus() { return status; }
        public void setStatus(Status v) { status = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    public static final class ReportForm {
        private CrimeType crimeType;
        private String day;
        private String month;
        private String year;
        private String area;
        private String whatHappened;
        private String victimWishes;
        private boolean policeMayContact;
        private String contactRoute;

        ThirdPartyReporting.SubmitReport toCommand(BindingResult errors) {
            LocalDate on = uk.safeshare.shared.web.DateInput.read(day, month, year, errors, "day", "When it happened", false);
            return new ThirdPartyReporting.SubmitReport(crimeType, on, area, whatHappened, victimWishes, policeMayContact, contactRoute);
        }

        public CrimeType getCrimeType() { return crimeType; }
        public void setCrimeType(CrimeType v) { crimeType = v; }
        public String getDay() { return day; }
        public void setDay(String v) { day = v; }
        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public String getYear() { return year; }
        public void setYear(String v) { year = v; }
        public String getArea() { return area; }
        public void setArea(String v) { area = v; }
        public String getWhatHappened() { return whatHappened; }
        public void setWhatHappened(String v) { whatHappened = v; }
        public String getVictimWishes() { return victimWishes; }
        public void setVictimWishes(String v) { victimWishes = v; }
        public boolean isPoliceMayContact() { return policeMayContact; }
        public void setPoliceMayContact(boolean v) { policeMayContact = v; }
        public String getContactRoute() { return contactRoute; }
        public void setContactRoute(String v) { contactRoute = v; }
    }

    public static final class TriageForm {
        private ThirdPartyReporting.Status status;
        private String note;
        private boolean victimConsentedToACase;

        public ThirdPartyReporting.Status getStatus() { return status; }
        public void setStatus(ThirdPartyReporting.Status v) { status = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public boolean isVictimConsentedToACase() { return victimConsentedToACase; }
        public void setVictimConsentedToACase(boolean v) { victimConsentedToACase = v; }
    }
}
