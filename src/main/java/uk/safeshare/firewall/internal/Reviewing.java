package uk.safeshare.firewall.internal;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.safeshare.firewall.internal.Sharing.Capacity;
import uk.safeshare.firewall.internal.Sharing.ObligationStatus;
import uk.safeshare.firewall.internal.Sharing.ReviewKind;
import uk.safeshare.firewall.internal.Sharing.Status;
import uk.safeshare.firewall.internal.SharingRepository.RequestRow;
import uk.safeshare.firewall.internal.SharingRepository.ReviewRow;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;

/**
 * Who must still review a request, and who may. The decision names the reviewer: a supervisor (of
 * the case's team), the data protection officer, or both, each a different person. An emergency
 * disclosure is reviewed afterwards by both. Nobody reviews their own request.
 */
@Component
class Reviewing {

    private final SharingRepository repository;

    Reviewing(SharingRepository repository) {
        this.repository = repository;
    }

    /** The capacities still needed for a kind of review. */
    Set<Capacity> outstanding(RequestRow row, ReviewKind kind) {
        Set<Capacity> needed = EnumSet.noneOf(Capacity.class);
        if (kind == ReviewKind.PRIOR) {
            if (row.status() != Status.AWAITING_REVIEW || row.reviewer() == null) {
                return needed;
            }
            needed.addAll(Capacity.needed(row.reviewer()));
        } else {
            if (!row.emergency() || !owes(row, Obligation.RETROSPECTIVE_REVIEW)) {
                return needed;
            }
            needed.addAll(EnumSet.allOf(Capacity.class));
        }
        for (ReviewRow review : repository.reviews(row.id())) {
            if (review.kind() == kind) {
                needed.remove(review.capacity());
            }
        }
        return needed;
    }

    /** The capacities in which this user may give this kind of review now. */
    Set<Capacity> reviewable(SafeShareUser user, RequestRow row, ReviewKind kind) {
        Set<Capacity> can = EnumSet.noneOf(Capacity.class);
        if (user.username().equals(row.requestedBy())) {
            return can;
        }
        boolean reviewedAlready = repository.reviews(row.id()).stream()
                .anyMatch(r -> r.kind() == kind && r.reviewedBy().equals(user.username()));
        if (reviewedAlready) {
            return can;
        }
        for (Capacity capacity : outstanding(row, kind)) {
            boolean holds = switch (capacity) {
                case SUPERVISOR -> user.has(Role.SUPERVISOR) && user.isMemberOf(new TeamId(row.teamId()));
                case DPO -> user.has(Role.DPO);
            };
            if (holds) {
                can.add(capacity);
            }
        }
        return can;
    }

    boolean owes(RequestRow row, Obligation obligation) {
        return repository.obligations(row.id()).stream()
                .anyMatch(o -> o.obligation() == obligation && o.status() == ObligationStatus.OWED);
    }
}
