package uk.safeshare.cases.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;

/** Loads a case for a change, refusing when the user has neither team membership nor break-glass. */
@Component
class CaseLoader {

    private final CaseFileRepository cases;
    private final CaseAccess access;

    CaseLoader(CaseFileRepository cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    CaseFile forChange(SafeShareUser user, UUID caseId) {
        CaseFile caseFile = cases.findById(caseId).orElseThrow(() -> new NotFoundException("No case " + caseId));
        if (access.grantFor(user, caseFile) == CaseAccess.Grant.NONE) {
            throw new ForbiddenException("Case " + caseFile.reference() + " belongs to another team. Give a break-glass reason to open it first.");
        }
        return caseFile;
    }
}
