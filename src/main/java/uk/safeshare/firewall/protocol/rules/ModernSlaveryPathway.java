package uk.safeshare.firewall.protocol.rules;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * The modern slavery pathway, which differs from domestic abuse: the police must notify the Home
 * Office of a potential victim (Modern Slavery Act 2015, section 52). A child is always referred to
 * the National Referral Mechanism, without needing consent, and the local authority is told. An
 * adult is referred only with their consent; otherwise the notification is anonymous.
 */
final class ModernSlaveryPathway {

    static final String SOURCE = "Modern Slavery Act 2015, section 52 (duty to notify) and its statutory guidance;"
            + " Safe to share? recommendation 4 (modern slavery and domestic abuse are different pathways)";

    private ModernSlaveryPathway() {}

    static boolean applies(SharingFacts facts) {
        return facts.isVictim() && facts.involves(CrimeType.MODERN_SLAVERY);
    }

    static boolean anonymous(SharingFacts facts) {
        return !facts.child() && facts.consent() != Consent.GIVEN;
    }

    static Set<Obligation> obligations(SharingFacts facts) {
        if (facts.child()) {
            return EnumSet.of(Obligation.NOTIFY_NRM, Obligation.TELL_LOCAL_AUTHORITY);
        }
        return anonymous(facts) ? EnumSet.of(Obligation.NOTIFY_NRM_ANONYMOUSLY) : EnumSet.of(Obligation.NOTIFY_NRM);
    }

    static String how(SharingFacts facts) {
        if (facts.child()) {
            return "The person is a child, so they are always referred to the National Referral Mechanism"
                    + " (no consent is needed) and the local authority is told.";
        }
        if (anonymous(facts)) {
            return "The person is an adult who has not consented to a referral ("
                    + facts.consent().label().toLowerCase(Locale.ROOT)
                    + "), so the Home Office is notified anonymously, with no identifying data.";
        }
        return "The person is an adult who has consented, so they are referred to the National Referral"
                + " Mechanism.";
    }
}
