package uk.safeshare.firewall.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;

/**
 * Everything a sharing request names that the protocol decides on (DESIGN section 3). Immutable;
 * sets are copied, and absent text is held as the empty string.
 *
 * @param role the person's role in the case
 * @param child whether the person is under 18
 * @param crimeTypes the case's crime types (at least one)
 * @param recipient who the information would go to
 * @param purpose why it would be shared
 * @param stage where the case is on the victim's pathway
 * @param statusBasis what the police actually know about the person's immigration status
 * @param evidence the evidence of an immigration offence, as described by the officer (may be blank)
 * @param suspectedOfNonImmigrationOffence whether the person is suspected of an offence other than
 *     an immigration offence
 * @param suspicion what the person is suspected of (may be blank)
 * @param consent whether the person has agreed to the sharing
 * @param dataCategories the kinds of information asked for
 * @param lawfulBasis the lawful basis claimed, or null if none is claimed yet
 * @param justification why the officer says the sharing is needed
 * @param threatToLife whether sharing is needed at once because someone's life is at risk
 * @param maracConfidentialityAcceptedByAll for sharing into a MARAC meeting: whether every attendee
 *     of that meeting has accepted its confidentiality agreement
 * @param specialCategoryJustificationReviewed whether the justification for sharing special-category
 *     data has been reviewed and accepted
 * @param processingRestricted whether the person's record is restricted (DPA 2018 s.47(2)), from the
 *     rights module's records: nothing about them may be shared until the restriction is lifted
 */
public record SharingFacts(
        PersonRole role,
        boolean child,
        Set<CrimeType> crimeTypes,
        Recipient recipient,
        Purpose purpose,
        PathwayStage stage,
        StatusBasis statusBasis,
        String evidence,
        boolean suspectedOfNonImmigrationOffence,
        String suspicion,
        Consent consent,
        Set<DataCategory> dataCategories,
        LawfulBasis lawfulBasis,
        String justification,
        boolean threatToLife,
        boolean maracConfidentialityAcceptedByAll,
        boolean specialCategoryJustificationReviewed,
        boolean processingRestricted) {

    /** The facts of a person whose record is not restricted (as every request made before restrictions existed). */
    public SharingFacts(PersonRole role, boolean child, Set<CrimeType> crimeTypes, Recipient recipient, Purpose purpose,
                        PathwayStage stage, StatusBasis statusBasis, String evidence, boolean suspectedOfNonImmigrationOffence,
                        String suspicion, Consent consent, Set<DataCategory> dataCategories, LawfulBasis lawfulBasis,
                        String justification, boolean threatToLife, boolean maracConfidentialityAcceptedByAll,
                        boolean specialCategoryJustificationReviewed) {
        this(role, child, crimeTypes, recipient, purpose, stage, statusBasis, evidence, suspectedOfNonImmigrationOffence, suspicion,
                consent, dataCategories, lawfulBasis, justification, threatToLife, maracConfidentialityAcceptedByAll,
                specialCategoryJustificationReviewed, false);
    }

    public SharingFacts withProcessingRestricted(boolean restricted) {
        return new SharingFacts(role, child, crimeTypes, recipient, purpose, stage, statusBasis, evidence,
                suspectedOfNonImmigrationOffence, suspicion, consent, dataCategories, lawfulBasis, justification, threatToLife,
                maracConfidentialityAcceptedByAll, specialCategoryJustificationReviewed, restricted);
    }

    public SharingFacts {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(crimeTypes, "crimeTypes");
        if (crimeTypes.isEmpty()) {
            throw new IllegalArgumentException("a sharing request names at least one crime type");
        }
        crimeTypes = Collections.unmodifiableSet(EnumSet.copyOf(crimeTypes));
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(statusBasis, "statusBasis");
        evidence = evidence == null ? "" : evidence.strip();
        suspicion = suspicion == null ? "" : suspicion.strip();
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(dataCategories, "dataCategories");
        dataCategories = dataCategories.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(DataCategory.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(dataCategories));
        justification = justification == null ? "" : justification.strip();
    }

    public boolean involves(CrimeType crimeType) {
        return crimeTypes.contains(crimeType);
    }

    public boolean isVictim() {
        return role.isVictim();
    }

    public boolean isVictimOrWitness() {
        return role.isVictim() || role == PersonRole.WITNESS;
    }

    /**
     * Whether the police have, at most, doubts about the person's status. "Evidence of an
     * immigration offence" with no evidence described counts as doubt: doubt is never a reason to
     * share, and an undescribed claim of evidence is no more than doubt.
     */
    public boolean hasOnlyDoubtsOrNoKnowledgeOfStatus() {
        return switch (statusBasis) {
            case NOT_KNOWN, CONCERNS_OR_DOUBTS_ONLY -> true;
            case EVIDENCE_OF_IMMIGRATION_OFFENCE -> evidence.isEmpty();
            case CONFIRMED_LAWFUL_STATUS -> false;
        };
    }

    /** Whether there is evidence of an immigration offence, and it is described. */
    public boolean hasDescribedEvidenceOfImmigrationOffence() {
        return statusBasis == StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE && !evidence.isEmpty();
    }

    public boolean asksForSpecialCategoryData() {
        for (DataCategory category : dataCategories) {
            if (category.isSpecialCategory()) {
                return true;
            }
        }
        return false;
    }
}
