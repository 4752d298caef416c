package uk.safeshare.rights;

import java.util.List;
import java.util.UUID;

/**
 * Published, in the DPO's transaction, when an approved erasure request is carried out: the retention
 * module disposes of these person records as a disposal would (ADR 0015).
 */
public record ErasureCarriedOut(UUID requestId, String reference, List<UUID> personIds) {

    public ErasureCarriedOut {
        personIds = List.copyOf(personIds);
    }
}
