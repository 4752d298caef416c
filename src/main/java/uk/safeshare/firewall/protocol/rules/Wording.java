package uk.safeshare.firewall.protocol.rules;

import uk.safeshare.firewall.protocol.SharingFacts;

/** Plain-English phrases shared by the rules' reasons. */
final class Wording {

    private Wording() {}

    static String statusKnowledge(SharingFacts facts) {
        return switch (facts.statusBasis()) {
            case NOT_KNOWN -> "no knowledge of their immigration status";
            case CONCERNS_OR_DOUBTS_ONLY -> "only concerns or doubts about their immigration status";
            case EVIDENCE_OF_IMMIGRATION_OFFENCE -> facts.evidence().isEmpty()
                    ? "said there is evidence of an immigration offence but described none, which counts as"
                            + " doubt only"
                    : "evidence of an immigration offence (" + quote(facts.evidence()) + ")";
            case CONFIRMED_LAWFUL_STATUS -> "confirmed that their immigration status is lawful";
        };
    }

    static String recipient(SharingFacts facts) {
        return facts.recipient().label();
    }

    static String quote(String text) {
        return "\u201c" + text + "\u201d";
    }
}
