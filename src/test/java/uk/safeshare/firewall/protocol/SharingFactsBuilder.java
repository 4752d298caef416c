package uk.safeshare.firewall.protocol;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;

/**
 * Test data: a sharing request with sensible defaults (an adult victim of domestic abuse whose
 * status is not known, shared with the local authority to safeguard them, with a justification and
 * a lawful basis, not yet asked for consent), changed one fact at a time.
 */
public final class SharingFactsBuilder {

    private PersonRole role = PersonRole.VICTIM;
    private boolean child = false;
    private Set<CrimeType> crimeTypes = EnumSet.of(CrimeType.DOMESTIC_ABUSE);
    private Recipient recipient = Recipient.LOCAL_AUTHORITY;
    private Purpose purpose = Purpose.SAFEGUARDING;
    private PathwayStage stage = PathwayStage.INITIAL_REPORT;
    private StatusBasis statusBasis = StatusBasis.NOT_KNOWN;
    private String evidence = "";
    private boolean suspected = false;
    private String suspicion = "";
    private Consent consent = Consent.NOT_ASKED;
    private Set<DataCategory> dataCategories = EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT_DETAILS);
    private LawfulBasis lawfulBasis = LawfulBasis.LAW_ENFORCEMENT_NECESSITY;
    private String justification = "The victim is at continuing risk of harm from the suspect.";
    private boolean threatToLife = false;
    private boolean maracAccepted = false;
    private boolean specialCategoryReviewed = false;

    public static SharingFactsBuilder aRequest() {
        return new SharingFactsBuilder();
    }

    /** The request recommendation 1 is about: a DA victim with doubts, to immigration enforcement. */
    public static SharingFactsBuilder aDomesticAbuseVictimWithDoubtsToImmigrationEnforcement() {
        return aRequest()
                .statusBasis(StatusBasis.CONCERNS_OR_DOUBTS_ONLY)
                .to(Recipient.IMMIGRATION_ENFORCEMENT)
                .purpose(Purpose.INVESTIGATION);
    }

    public SharingFactsBuilder role(PersonRole role) {
        this.role = role;
        return this;
    }

    public SharingFactsBuilder child() {
        return child(true);
    }

    public SharingFactsBuilder child(boolean child) {
        this.child = child;
        return this;
    }

    public SharingFactsBuilder crimeTypes(CrimeType... crimeTypes) {
        this.crimeTypes = EnumSet.copyOf(List.of(crimeTypes));
        return this;
    }

    public SharingFactsBuilder crimeTypes(Set<CrimeType> crimeTypes) {
        this.crimeTypes = EnumSet.copyOf(crimeTypes);
        return this;
    }

    public SharingFactsBuilder to(Recipient recipient) {
        this.recipient = recipient;
        return this;
    }

    public SharingFactsBuilder purpose(Purpose purpose) {
        this.purpose = purpose;
        return this;
    }

    public SharingFactsBuilder stage(PathwayStage stage) {
        this.stage = stage;
        return this;
    }

    public SharingFactsBuilder statusBasis(StatusBasis statusBasis) {
        this.statusBasis = statusBasis;
        return this;
    }

    public SharingFactsBuilder evidence(String evidence) {
        this.statusBasis = StatusBasis.EVIDENCE_OF_IMMIGRATION_OFFENCE;
        this.evidence = evidence;
        return this;
    }

    public SharingFactsBuilder suspectedOf(String suspicion) {
        this.suspected = true;
        this.suspicion = suspicion;
        return this;
    }

    public SharingFactsBuilder suspected(boolean suspected) {
        this.suspected = suspected;
        this.suspicion = suspected ? "Criminal damage at the shared address" : "";
        return this;
    }

    public SharingFactsBuilder consent(Consent consent) {
        this.consent = consent;
        return this;
    }

    public SharingFactsBuilder dataCategories(DataCategory... categories) {
        this.dataCategories = categories.length == 0
                ? EnumSet.noneOf(DataCategory.class)
                : EnumSet.copyOf(List.of(categories));
        return this;
    }

    public SharingFactsBuilder lawfulBasis(LawfulBasis lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
        return this;
    }

    public SharingFactsBuilder justification(String justification) {
        this.justification = justification;
        return this;
    }

    public SharingFactsBuilder threatToLife() {
        return threatToLife(true);
    }

    public SharingFactsBuilder threatToLife(boolean threatToLife) {
        this.threatToLife = threatToLife;
        return this;
    }

    public SharingFactsBuilder maracConfidentialityAcceptedByAll(boolean accepted) {
        this.maracAccepted = accepted;
        return this;
    }

    public SharingFactsBuilder specialCategoryJustificationReviewed(boolean reviewed) {
        this.specialCategoryReviewed = reviewed;
        return this;
    }

    public SharingFacts build() {
        return new SharingFacts(role, child, crimeTypes, recipient, purpose, stage, statusBasis, evidence,
                suspected, suspicion, consent, dataCategories, lawfulBasis, justification, threatToLife,
                maracAccepted, specialCategoryReviewed);
    }
}
