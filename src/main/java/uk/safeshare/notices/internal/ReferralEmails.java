package uk.safeshare.notices.internal;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.Role;
import uk.safeshare.pathways.ReferralSent;

/**
 * Tells a partner organisation's staff that a referral is waiting for them in the portal. The
 * e-mail holds the reference and a link, never anything about the person. Runs after the referral
 * is committed, from the durable event registry, so a failed or interrupted send is retried and
 * never undoes the referral.
 */
@Component
class ReferralEmails {

    private final NotifyGateway notify;
    private final Identity identity;
    private final String templateId;

    ReferralEmails(NotifyGateway notify, Identity identity, @Value("${safeshare.notify.referral-template-id:}") String templateId) {
        this.notify = notify;
        this.identity = identity;
        this.templateId = templateId;
    }

    @ApplicationModuleListener
    void on(ReferralSent referral) {
        if (!notify.configured() || referral.organisationId() == null) {
            return;
        }
        for (Identity.StaffContact staff : identity.staffWithEmail(new OrganisationId(referral.organisationId()), Role.PARTNER)) {
            notify.sendEmail("REFERRAL_SENT", templateId, staff.email(), Map.of(
                    "name", staff.displayName(),
                    "organisation", referral.serviceName(),
                    "reference", referral.reference(),
                    "link", notify.link("/partner/referrals/" + referral.referralId())), referral.reference());
        }
    }
}
