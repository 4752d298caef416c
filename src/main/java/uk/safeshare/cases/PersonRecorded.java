package uk.safeshare.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published, inside the transaction that records it, whenever a person is added to a case or what is
 * recorded about them is revised. Carries the few facts other modules act on (who may need a specialist's
 * help), never a name: a listener that needs more asks {@link Cases} as the user it acts for.
 *
 * @param personId          the person
 * @param caseId            their case
 * @param teamId            the team that owns the case
 * @param role              victim, witness, suspect, or victim and suspect
 * @param statusBasis       what the police know of the person's immigration status
 * @param interpreterNeeded whether the person needs an interpreter
 * @param recordedAt        when (UTC)
 */
public record PersonRecorded(UUID personId, UUID caseId, UUID teamId, PersonRole role, StatusBasis statusBasis,
                             boolean interpreterNeeded, Instant recordedAt) {

    public PersonRecorded {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(role, "role");
    }
}
