package uk.safeshare.firewall;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;

/**
 * Published, inside the transaction that records it, whenever a sharing request involves
 * immigration enforcement (its recipient is treated as immigration enforcement by the protocol in
 * force, or its purpose is an immigration status check), whether it is allowed or not: once when
 * the protocol decides it, and again when a review settles a request that was referred. Carries
 * what the monitoring of "Safe to share?" needs, and nothing that names the person.
 *
 * @param requestId     the sharing request
 * @param personId      the person the request is about, so that repeat enquiries can be counted once
 * @param occurredAt    when it was decided (UTC)
 * @param outcome       what the firewall decided at this point
 * @param recipient     the recipient's code (for example {@code IMMIGRATION_ENFORCEMENT})
 * @param purpose       the purpose's code (for example {@code IMMIGRATION_STATUS_CHECK})
 * @param role          victim, witness, suspect, or victim and suspect
 * @param child         whether the person was under 18 when asked about
 * @param crimeTypes    the case's crime types
 * @param statusBasis   what the police knew of the person's immigration status
 * @param ethnicitySelfDefined the person's self-defined ethnicity (18+1 census code), or null if not asked
 * @param ethnicityObserved    the officer-observed ethnicity (IC code), or null if not recorded
 * @param nationality   ISO 3166-1 alpha-2, or null if not known
 * @param emergency     whether it was permitted at once because of a threat to life
 * @param protocolId    the protocol version the decision was made under
 * @param protocolHash  that version's content hash
 */
public record ImmigrationEnforcementRequestDecided(
        UUID requestId,
        UUID personId,
        Instant occurredAt,
        Outcome outcome,
        String recipient,
        String purpose,
        PersonRole role,
        boolean child,
        Set<CrimeType> crimeTypes,
        StatusBasis statusBasis,
        SelfDefinedEthnicity ethnicitySelfDefined,
        ObservedEthnicity ethnicityObserved,
        String nationality,
        boolean emergency,
        String protocolId,
        String protocolHash) {

    public ImmigrationEnforcementRequestDecided {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
        crimeTypes = Set.copyOf(crimeTypes);
    }

    /** The firewall's answer at the point the event is published. */
    public enum Outcome {
        /** The protocol prohibits it. */
        PROHIBITED,
        /** The protocol permits it (with obligations), without review. */
        PERMITTED,
        /** The protocol referred it to a supervisor and/or the data protection officer; a second event follows. */
        REFERRED_FOR_REVIEW,
        /** The reviewers let it go ahead. */
        APPROVED_ON_REVIEW,
        /** A reviewer refused it. */
        REFUSED_ON_REVIEW;

        /** Whether information may go to immigration enforcement after this outcome. */
        public boolean allowed() {
            return this == PERMITTED || this == APPROVED_ON_REVIEW;
        }
    }
}
