package uk.safeshare.pathways;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.safeshare.shared.validation.PlainText;

/** Referring a victim or witness to a specialist organisation, and the organisation working it. */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    public enum Basis { CONSENT, OVERRIDE }

    public enum ConsentMethod {
        IN_PERSON("In person"), BY_PHONE("By phone"), IN_WRITING("In writing"), THROUGH_INTERPRETER("Through an interpreter");

        private final String label;

        ConsentMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The parts of a person's record a referral can pass on; only those consented to reach the partner. */
    public enum SharedField {
        NAME("Name"), DATE_OF_BIRTH("Date of birth"), SAFE_CONTACT("Safe contact method and details"),
        LANGUAGE("Language and interpreter need"), NATIONALITY("Nationality"),
        IMMIGRATION_STATUS("What is known about immigration status"), VULNERABILITIES("Vulnerabilities"),
        CASE_SUMMARY("What happened (crime types, area, summary)");

        private final String label;

        SharedField(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        SENT("Sent"), ACCEPTED("Accepted"), DECLINED("Declined"), IN_PROGRESS("In progress"), CLOSED("Closed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record MakeReferral(
            @NotNull(message = "Choose the organisation") UUID supportServiceId,
            @NotEmpty(message = "Select what the person needs help with") Set<Specialism> needs,
            @NotNull(message = "Say whether the person consented") Basis basis,
            @Size(max = 200) @PlainText String consentGivenBy,
            @PastOrPresent(message = "must not be in the future") Instant consentGivenAt,
            ConsentMethod consentMethod,
            Set<SharedField> sharedFields,
            @Size(max = 2000) @PlainText String overrideJustification,
            boolean intermediary) {

        public MakeReferral {
            sharedFields = sharedFields == null ? Set.of() : Set.copyOf(sharedFields);
            needs = needs == null ? Set.of() : Set.copyOf(needs);
        }
    }

    /** A partner's step in the lifecycle: accept, decline (with reason), start, close (with outcome), or just a note. */
    public record UpdateReferral(
            Status status,
            @Size(max = 2000) @PlainText String reason,
            @Size(max = 2000) @PlainText String note) {
    }

    /** A referral as police see it. */
    public record ReferralView(UUID id, String reference, UUID caseId, UUID personId, UUID supportServiceId,
                               String serviceName, Set<Specialism> needs, Status status, Basis basis, String consentGivenBy,
                               Instant consentGivenAt, ConsentMethod consentMethod, Set<SharedField> sharedFields,
                               String overrideJustification, boolean intermediary, String declineReason, String outcome,
                               Instant respondBy, boolean overdue, String createdBy, Instant createdAt, Instant updatedAt,
                               List<NoteView> notes) {
    }

    /** A referral as the partner sees it: the consented details and nothing else. */
    public record PartnerReferralView(UUID id, String reference, String serviceName, Set<Specialism> needs, Status status,
                                      Map<String, String> sharedDetails, boolean intermediary, String declineReason,
                                      String outcome, Instant sentAt, Instant respondBy, boolean overdue, List<NoteView> notes,
                                      String referredBy) {
    }

    public record NoteView(String author, Instant writtenAt, Status status, String note) {
    }
}
