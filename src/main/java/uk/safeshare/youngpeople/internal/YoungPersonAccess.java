package uk.safeshare.youngpeople.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonOnCase;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;

/**
 * Need-to-know for the tracker, as for cases: officers, caseworkers and supervisors see the young people
 * their own team tracks. Anyone else's only through a case the young person is linked to, by the cases
 * module's own rules (the user's team's case, or one they have given a break-glass reason for, which the
 * cases module records and audits). A young person of another team linked to no case is not found.
 */
@Component
class YoungPersonAccess {

    static final Role[] USERS = {Role.OFFICER, Role.CASEWORKER, Role.SUPERVISOR};

    private final Identity identity;
    private final Cases cases;
    private final YoungPersonRepository people;
    private final CaseLinkRepository links;

    YoungPersonAccess(Identity identity, Cases cases, YoungPersonRepository people, CaseLinkRepository links) {
        this.identity = identity;
        this.cases = cases;
        this.people = people;
        this.links = links;
    }

    /** The caller, who must be an officer, caseworker or supervisor in a team. */
    SafeShareUser user() {
        SafeShareUser user = identity.current();
        if (!user.hasAny(USERS)) {
            throw new ForbiddenException("Only officers, caseworkers and supervisors use the young people's vulnerability tracker.");
        }
        if (user.teamId() == null) {
            throw new ForbiddenException("You are not in a team, so you have no young people to track.");
        }
        return user;
    }

    /** A young person the caller may see; throws when they may not (a refusal on a case is audited by the cases module). */
    YoungPersonRecord open(SafeShareUser user, UUID id) {
        YoungPersonRecord record = people.findById(id).orElseThrow(() -> new NotFoundException("No such young person"));
        if (user.isMemberOf(new TeamId(record.teamId()))) {
            return record;
        }
        List<String> breakGlass = new ArrayList<>();
        for (CaseLinkRecord link : links.findByYoungPerson(id)) {
            switch (cases.personOnCase(link.caseId(), link.personId())) {
                case CaseLookup.Found<PersonOnCase> found -> {
                    return record;
                }
                case CaseLookup.NeedsBreakGlass<PersonOnCase> glass -> breakGlass.add(glass.reference());
                case CaseLookup.Missing<PersonOnCase> missing -> {
                }
            }
        }
        if (!breakGlass.isEmpty()) {
            throw new ForbiddenException("This young person is tracked by another team. Open case " + breakGlass.get(0)
                    + " from its case page and give a break-glass reason first.");
        }
        throw new NotFoundException("No such young person");
    }

    /** The people the audit entries are about: the young person and the people on cases they are linked to. */
    List<UUID> aboutPeople(UUID youngPersonId) {
        List<UUID> ids = new ArrayList<>(List.of(youngPersonId));
        links.findByYoungPerson(youngPersonId).forEach(l -> ids.add(l.personId()));
        return ids;
    }
}
