package uk.safeshare.youngpeople.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.KnownChildren;

/**
 * Tells the cases module (and through it the firewall) that a person on a case is a child when the
 * tracker holds them as a young person under 18, whatever the case's own date of birth says, so that a
 * tracked child is always decided under the protocol's children rule. Care leavers of 18 and over are
 * adults here. Not audited: the decision it feeds is.
 */
@Component
class TrackedChildren implements KnownChildren {

    private final CaseLinkRepository links;
    private final YoungPersonRepository people;

    TrackedChildren(CaseLinkRepository links, YoungPersonRepository people) {
        this.links = links;
        this.people = people;
    }

    @Override
    public boolean knownAsChild(UUID personId, LocalDate on) {
        return links.findByPerson(personId).stream()
                .flatMap(l -> people.findById(l.youngPersonId()).stream())
                .anyMatch(p -> TrackerRules.child(p.dateOfBirth(), on));
    }
}
