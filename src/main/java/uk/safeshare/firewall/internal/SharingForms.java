package uk.safeshare.firewall.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/**
 * The web forms of the firewall. Codes arrive as text and are read here, so that a code the form
 * never offered gets a plain message rather than a conversion error.
 */
public final class SharingForms {

    static final Map<String, Field> REQUEST_FIELDS = Map.ofEntries(
            Map.entry("organisationId", new Field("organisationId", "Who the information would go to")),
            Map.entry("recipientName", new Field("recipientName", "The organisation's name")),
            Map.entry("purpose", new Field("purpose", "Why it would be shared")),
            Map.entry("pathwayStage", new Field("pathwayStage", "Where the case is")),
            Map.entry("dataCategories", new Field("dataCategories", "The information to share")),
            Map.entry("lawfulBasis", new Field("lawfulBasis", "The lawful basis")),
            Map.entry("justification", new Field("justification", "Why it is needed")),
            Map.entry("consent", new Field("consent", "Consent")),
            Map.entry("suspicion", new Field("suspicion", "What the person is suspected of")));

    static final Map<String, Field> REVIEW_FIELDS = Map.of(
            "verdict", new Field("verdict", "Your decision"),
            "reasons", new Field("reasons", "Your reasons"),
            "capacity", new Field("verdict", "The capacity you review in"));

    static final Map<String, Field> DISCLOSURE_FIELDS = Map.of(
            "lawfulBasis", new Field("disclosureLawfulBasis", "The lawful basis"),
            "dataCategories", new Field("disclosureDataCategories", "The information shared"),
            "onlyMinimumShared", new Field("onlyMinimumShared", "Only the minimum"),
            "howPersonWasTold", new Field("howPersonWasTold", "How the person was told"));

    static final Map<String, Field> OBLIGATION_FIELDS = Map.of("note", new Field("note", "How it was met"));

    private SharingForms() {
    }

    public static final class RequestForm {
        /** The register id chosen, or {@link #NOT_REGISTERED} when the organisation is named instead. */
        public String organisationId;
        public String recipientName;
        public String purpose;
        public String pathwayStage;
        public List<String> dataCategories = new ArrayList<>();
        public String lawfulBasis;
        public String justification;
        public String consent;
        public String suspectedOfOtherOffence;
        public String suspicion;
        public String threatToLife;

        public static final String NOT_REGISTERED = "not-registered";

        public String getOrganisationId() { return organisationId; }
        public void setOrganisationId(String v) { organisationId = v; }
        public String getRecipientName() { return recipientName; }
        public void setRecipientName(String v) { recipientName = v; }
        public String getPurpose() { return purpose; }
        public void setPurpose(String v) { purpose = v; }
        public String getPathwayStage() { return pathwayStage; }
        public void setPathwayStage(String v) { pathwayStage = v; }
        public List<String> getDataCategories() { return dataCategories; }
        public void setDataCategories(List<String> v) { dataCategories = v == null ? new ArrayList<>() : v; }
        public String getLawfulBasis() { return lawfulBasis; }
        public void setLawfulBasis(String v) { lawfulBasis = v; }
        public String getJustification() { return justification; }
        public void setJustification(String v) { justification = v; }
        public String getConsent() { return consent; }
        public void setConsent(String v) { consent = v; }
        public String getSuspectedOfOtherOffence() { return suspectedOfOtherOffence; }
        public void setSuspectedOfOtherOffence(String v) { suspectedOfOtherOffence = v; }
        public String getSuspicion() { return suspicion; }
        public void setSuspicion(String v) { suspicion = v; }
        public String getThreatToLife() { return threatToLife; }
        public void setThreatToLife(String v) { threatToLife = v; }

        SharingCommands.RequestToShare toCommand(UUID caseId, UUID personId, BindingResult errors) {
            Boolean suspected = yesNo(suspectedOfOtherOffence, errors, "suspectedOfOtherOffence",
                    "Select whether the person is suspected of an offence other than an immigration offence");
            Boolean threat = yesNo(threatToLife, errors, "threatToLife", "Select whether someone's life is at risk");
            return new SharingCommands.RequestToShare(caseId, personId,
                    organisation(errors), NOT_REGISTERED.equals(organisationId) ? recipientName : null,
                    code(Purpose.class, purpose, errors, "purpose"),
                    code(PathwayStage.class, pathwayStage, errors, "pathwayStage"),
                    codes(DataCategory.class, dataCategories, errors, "dataCategories"),
                    code(LawfulBasis.class, lawfulBasis, errors, "lawfulBasis"), justification,
                    code(Consent.class, consent, errors, "consent"), suspected, suspicion, threat);
        }

        /** The register id chosen; a name typed counts only when "not in the register" is chosen. */
        private UUID organisation(BindingResult errors) {
            if (organisationId == null || organisationId.isBlank()) {
                FormErrors.reject(errors, "organisationId", "Select who the information would go to: an organisation in the"
                        + " register, or that it is not in the register");
                return null;
            }
            if (NOT_REGISTERED.equals(organisationId)) {
                if (NOT_REGISTERED.equals(organisationId) && (recipientName == null || recipientName.isBlank())) {
                    FormErrors.reject(errors, "recipientName", "Enter the name of the organisation that is not in the register");
                }
                return null;
            }
            try {
                return UUID.fromString(organisationId.strip());
            } catch (IllegalArgumentException e) {
                FormErrors.reject(errors, "organisationId", "Select an organisation from the register, or say it is not in the register");
                return null;
            }
        }

        boolean asks(String category) {
            return dataCategories.contains(category);
        }
    }

    public static final class ReviewForm {
        public String verdict;
        public String reasons;
        public String capacity;

        public String getVerdict() { return verdict; }
        public void setVerdict(String v) { verdict = v; }
        public String getReasons() { return reasons; }
        public void setReasons(String v) { reasons = v; }
        public String getCapacity() { return capacity; }
        public void setCapacity(String v) { capacity = v; }

        SharingCommands.Review toCommand(BindingResult errors) {
            return new SharingCommands.Review(code(Sharing.Verdict.class, verdict, errors, "verdict"), reasons,
                    code(Sharing.Capacity.class, capacity, errors, "verdict"));
        }
    }

    public static final class DisclosureForm {
        public String disclosureLawfulBasis;
        public List<String> disclosureDataCategories = new ArrayList<>();
        public boolean onlyMinimumShared;
        public boolean personAlreadyTold;
        public String howPersonWasTold;

        public String getDisclosureLawfulBasis() { return disclosureLawfulBasis; }
        public void setDisclosureLawfulBasis(String v) { disclosureLawfulBasis = v; }
        public List<String> getDisclosureDataCategories() { return disclosureDataCategories; }
        public void setDisclosureDataCategories(List<String> v) { disclosureDataCategories = v == null ? new ArrayList<>() : v; }
        public boolean isOnlyMinimumShared() { return onlyMinimumShared; }
        public void setOnlyMinimumShared(boolean v) { onlyMinimumShared = v; }
        public boolean isPersonAlreadyTold() { return personAlreadyTold; }
        public void setPersonAlreadyTold(boolean v) { personAlreadyTold = v; }
        public String getHowPersonWasTold() { return howPersonWasTold; }
        public void setHowPersonWasTold(String v) { howPersonWasTold = v; }

        static DisclosureForm of(Sharing.RequestView request) {
            DisclosureForm form = new DisclosureForm();
            form.disclosureLawfulBasis = request.lawfulBasis() == null ? null : request.lawfulBasis().name();
            request.dataCategories().forEach(c -> form.disclosureDataCategories.add(c.name()));
            return form;
        }

        SharingCommands.Disclosure toCommand(BindingResult errors) {
            return new SharingCommands.Disclosure(
                    code(LawfulBasis.class, disclosureLawfulBasis, errors, "disclosureLawfulBasis"),
                    codes(DataCategory.class, disclosureDataCategories, errors, "disclosureDataCategories"),
                    onlyMinimumShared, personAlreadyTold, howPersonWasTold);
        }
    }

    public static final class ObligationForm {
        public String note;

        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    static <E extends Enum<E>> E code(Class<E> type, String value, BindingResult errors, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            FormErrors.reject(errors, field, "Select one of the options shown");
            return null;
        }
    }

    static <E extends Enum<E>> Set<E> codes(Class<E> type, List<String> values, BindingResult errors, String field) {
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            E code = code(type, value, errors, field);
            if (code != null) {
                set.add(code);
            }
        }
        return set;
    }

    static Boolean yesNo(String value, BindingResult errors, String field, String message) {
        if (value == null || value.isBlank()) {
            FormErrors.reject(errors, field, message);
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> {
                FormErrors.reject(errors, field, message);
                yield null;
            }
        };
    }
}
