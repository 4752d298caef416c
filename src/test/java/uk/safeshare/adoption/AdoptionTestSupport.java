package uk.safeshare.adoption;

import uk.safeshare.support.SignedInCallers;

/** Signed-in callers of the adoption and training pages and API. */
public abstract class AdoptionTestSupport extends SignedInCallers {
}
