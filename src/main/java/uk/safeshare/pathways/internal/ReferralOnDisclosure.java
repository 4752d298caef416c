package uk.safeshare.pathways.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.safeshare.firewall.DisclosedForReferral;

/**
 * Makes the referral a disclosure without consent stands for, synchronously, inside the firewall's
 * transaction: if it cannot be made, the exception undoes the disclosure too, and its message is the
 * reason the requester is given.
 */
@Component
class ReferralOnDisclosure {

    private final Referrals referrals;

    ReferralOnDisclosure(Referrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void on(DisclosedForReferral disclosed) {
        referrals.referWithoutConsent(disclosed.caseId(), disclosed.personId(), disclosed.organisationId(),
                disclosed.organisationName(), disclosed.justification(), disclosed.sharedCategories(), disclosed.requestId());
    }
}
