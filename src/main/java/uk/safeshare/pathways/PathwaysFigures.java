package uk.safeshare.pathways;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Facts about specialist services, referrals and third-party reports for aggregate figures only
 * (the needs assessment). Referral facts carry the person's id so a caller can match them to the
 * people in cases; it is never shown.
 */
public interface PathwaysFigures {

    /** Every active organisation in the directory: what it offers, in which languages and areas. */
    List<Supply> supply();

    /** Referrals made in [from, to), with the specialisms of the organisation referred to. */
    List<ReferralFact> referrals(Instant from, Instant to);

    /** The area of every third-party report received in [from, to). */
    List<String> thirdPartyReportAreas(Instant from, Instant to);

    /** Every third-party report received in [from, to): its area and when. */
    List<Dated> thirdPartyReports(Instant from, Instant to);

    /** Every referral made in [from, to): the person referred (to find their case's area) and when. */
    List<DatedReferral> referralsMade(Instant from, Instant to);

    record Dated(String area, Instant at) {
    }

    record DatedReferral(UUID personId, Instant at) {
    }

    record Supply(String name, Set<Specialism> specialisms, Set<String> languages, Set<String> areas) {
    }

    /**
     * @param declineReason why the organisation declined, in its words, or null if it did not
     */
    record ReferralFact(UUID personId, ReferralCommands.Status status, Set<Specialism> specialisms, String declineReason) {
    }
}
