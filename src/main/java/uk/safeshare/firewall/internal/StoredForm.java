package uk.safeshare.firewall.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.Effect;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.ProtocolVersion;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.Reviewer;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * How the facts of a request and the decision on it are stored: as JSON in a storage format of
 * their own (so that the engine's classes can change without making old rows unreadable),
 * encrypted, because they hold immigration status, suspicions and justifications.
 */
@Component
class StoredForm {

    private final FieldCipher cipher;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    StoredForm(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** Every fact a decision was made on, as stored. */
    record Facts(PersonRole role, boolean child, Set<CrimeType> crimeTypes, Recipient recipient, Purpose purpose,
                 PathwayStage stage, StatusBasis statusBasis, String evidence, boolean suspectedOfNonImmigrationOffence,
                 String suspicion, Consent consent, Set<DataCategory> dataCategories, LawfulBasis lawfulBasis,
                 String justification, boolean threatToLife, boolean maracConfidentialityAcceptedByAll,
                 boolean specialCategoryJustificationReviewed) {

        static Facts of(SharingFacts f) {
            return new Facts(f.role(), f.child(), f.crimeTypes(), f.recipient(), f.purpose(), f.stage(), f.statusBasis(),
                    f.evidence(), f.suspectedOfNonImmigrationOffence(), f.suspicion(), f.consent(), f.dataCategories(),
                    f.lawfulBasis(), f.justification(), f.threatToLife(), f.maracConfidentialityAcceptedByAll(),
                    f.specialCategoryJustificationReviewed());
        }

        SharingFacts toFacts() {
            return new SharingFacts(role, child, crimeTypes, recipient, purpose, stage, statusBasis, evidence,
                    suspectedOfNonImmigrationOffence, suspicion, consent,
                    dataCategories == null ? Set.of() : dataCategories, lawfulBasis, justification, threatToLife,
                    maracConfidentialityAcceptedByAll, specialCategoryJustificationReviewed);
        }
    }

    record Outcome(String ruleId, String reason, String source, Effect effect, Set<Obligation> obligations,
                   Reviewer reviewer) {
    }

    /** A decision as stored: its kind, reviewer, emergency flag, version, every rule that fired and the obligations. */
    record StoredDecision(Decision.Kind kind, Reviewer reviewer, boolean emergency, String protocolId,
                          String protocolHash, List<Outcome> outcomes, Set<Obligation> obligations) {

        static StoredDecision of(Decision d) {
            List<Outcome> outcomes = d.outcomes().stream()
                    .map(o -> new Outcome(o.ruleId(), o.reason(), o.source(), o.effect(), o.obligations(), o.reviewer()))
                    .toList();
            Reviewer reviewer = d instanceof Decision.ReferForReview r ? r.reviewer() : null;
            boolean emergency = d instanceof Decision.PermittedWithObligations p && p.emergency();
            return new StoredDecision(d.kind(), reviewer, emergency, d.protocol().id(), d.protocol().contentHash(),
                    outcomes, d.obligations());
        }

        Decision toDecision() {
            List<RuleOutcome> rules = new ArrayList<>();
            for (Outcome o : outcomes) {
                rules.add(new RuleOutcome(o.ruleId(), o.reason(), o.source(), o.effect(), o.obligations(), o.reviewer()));
            }
            Set<Obligation> owed = obligations == null || obligations.isEmpty()
                    ? EnumSet.noneOf(Obligation.class) : EnumSet.copyOf(obligations);
            ProtocolVersion version = new ProtocolVersion(protocolId, protocolHash);
            return switch (kind) {
                case PROHIBITED -> new Decision.Prohibited(rules, owed, version);
                case PERMITTED_WITH_OBLIGATIONS -> new Decision.PermittedWithObligations(rules, owed, version, emergency);
                case REFER_FOR_REVIEW -> new Decision.ReferForReview(reviewer, rules, owed, version);
            };
        }
    }

    String seal(Object value) {
        return cipher.encrypt(json.writeValueAsString(value));
    }

    <T> T open(String sealed, Class<T> type) {
        return json.readValue(cipher.decrypt(sealed), type);
    }

    <T> T open(String sealed, tools.jackson.core.type.TypeReference<T> type) {
        return json.readValue(cipher.decrypt(sealed), type);
    }
}
