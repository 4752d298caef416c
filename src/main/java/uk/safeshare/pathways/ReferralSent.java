package uk.safeshare.pathways;

import java.util.UUID;

/**
 * Published when a referral is sent, after it is stored. Carries no personal data: whoever
 * listens (the e-mail to the partner's staff) points people to the partner portal.
 */
public record ReferralSent(UUID referralId, String reference, UUID organisationId, String serviceName) {
}
