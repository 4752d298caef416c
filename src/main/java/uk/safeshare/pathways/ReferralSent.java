package uk.safeshare.pathways;

import java.util.UUID;

/**
 * Published when a referral is sent, after it is stored. Carries no personal data: whoever
 * listens (the e-mail to the partner's staff, the partner system's webhook) points people to the
 * partner portal.
 *
 * @param organisationId the partner organisation whose staff work it in SafeShare, or null
 * @param registerId     the organisation's entry in the register (its directory entry has the same id)
 */
public record ReferralSent(UUID referralId, String reference, UUID organisationId, String serviceName, UUID registerId) {
}
