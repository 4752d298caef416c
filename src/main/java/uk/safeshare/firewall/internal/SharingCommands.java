package uk.safeshare.firewall.internal;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.shared.validation.PlainText;

/** What officers, caseworkers and reviewers ask of the firewall, from web forms and the API alike. */
public final class SharingCommands {

    private SharingCommands() {
    }

    /**
     * A request to share information about a person on a case. The person's role, age, immigration
     * status basis and the case's crime types are not asked: they come from the records. Nor is the
     * recipient's category: the recipient is an organisation in the register, named by its id, whose
     * category the register holds. Only when it is not in the register is its name typed
     * ({@code recipientName}); it is then decided as another organisation, or as immigration
     * enforcement if the name screens as the Home Office.
     */
    public record RequestToShare(
            @NotNull(message = "Give the case") UUID caseId,
            @NotNull(message = "Give the person") UUID personId,
            UUID organisationId,
            @Size(max = 200) @PlainText @SingleLine String recipientName,
            @NotNull(message = "Select why the information would be shared") Purpose purpose,
            @NotNull(message = "Select where the case is on the victim's pathway") PathwayStage pathwayStage,
            @NotEmpty(message = "Select at least one kind of information to share") Set<DataCategory> dataCategories,
            @NotNull(message = "Select the lawful basis for sharing") LawfulBasis lawfulBasis,
            @NotBlank(message = "Explain why the information needs to be shared") @Size(max = 4000) @PlainText String justification,
            @NotNull(message = "Select whether the person has agreed to the sharing") Consent consent,
            Boolean suspectedOfOtherOffence,
            @Size(max = 2000) @PlainText String suspicion,
            Boolean threatToLife) {

        /** Yes-or-no answers left out of an API request mean no. */
        public RequestToShare {
            suspectedOfOtherOffence = Boolean.TRUE.equals(suspectedOfOtherOffence);
            threatToLife = Boolean.TRUE.equals(threatToLife);
            dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
            recipientName = blankToNull(recipientName);
            suspicion = blankToNull(suspicion);
        }
    }

    /** A supervisor's or the data protection officer's review. Capacity is needed only by someone who holds both roles. */
    public record Review(
            @NotNull(message = "Select your decision") Sharing.Verdict verdict,
            @NotBlank(message = "Give the reasons for your decision") @Size(max = 4000) @PlainText String reasons,
            Sharing.Capacity capacity) {
    }

    /** What was actually shared, recorded when a permitted request is carried out. */
    public record Disclosure(
            @NotNull(message = "Select the lawful basis for the disclosure") LawfulBasis lawfulBasis,
            @NotEmpty(message = "Select the information that was shared") Set<DataCategory> dataCategories,
            Boolean onlyMinimumShared,
            Boolean personAlreadyTold,
            @Size(max = 2000) @PlainText String howPersonWasTold) {

        public Disclosure {
            onlyMinimumShared = Boolean.TRUE.equals(onlyMinimumShared);
            personAlreadyTold = Boolean.TRUE.equals(personAlreadyTold);
            dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
            howPersonWasTold = blankToNull(howPersonWasTold);
        }
    }

    /** That an obligation owed has been met: who met it is the caller; how is the note. */
    public record ObligationMet(
            @NotBlank(message = "Say how the obligation was met") @Size(max = 2000) @PlainText String note) {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
