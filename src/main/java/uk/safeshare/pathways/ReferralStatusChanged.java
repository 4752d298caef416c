package uk.safeshare.pathways;

import java.util.UUID;

/**
 * Published when the organisation a referral went to accepts, declines, works or closes it. Carries
 * no personal data: the reference, the new status and who it is for.
 *
 * @param registerId the organisation's entry in the register
 * @param status     the referral's status now (its code)
 */
public record ReferralStatusChanged(UUID referralId, String reference, UUID registerId, String status) {
}
