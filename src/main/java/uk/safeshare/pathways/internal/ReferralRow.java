package uk.safeshare.pathways.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.pathways.ReferralCommands.Basis;
import uk.safeshare.pathways.ReferralCommands.ConsentMethod;
import uk.safeshare.pathways.ReferralCommands.SharedField;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.shared.crypto.SensitiveText;

@Table("referral")
record ReferralRow(@Id UUID id, String reference, UUID caseId, UUID personId, UUID supportServiceId, UUID organisationId,
                   SensitiveText needs, Status status, Basis basis, String consentGivenBy, Instant consentGivenAt,
                   ConsentMethod consentMethod, String sharedFields, SensitiveText overrideJustification, boolean intermediary,
                   SensitiveText sharedDetails, String declineReason, SensitiveText outcome, Instant respondBy,
                   String createdBy, Instant createdAt, Instant updatedAt, @Version Long version) {

    Set<Specialism> needSet() {
        return Arrays.stream(needs.value().split(",")).filter(s -> !s.isEmpty()).map(Specialism::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialism.class)));
    }

    Set<SharedField> sharedFieldSet() {
        return sharedFields.isEmpty() ? EnumSet.noneOf(SharedField.class) : Arrays.stream(sharedFields.split(","))
                .map(SharedField::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(SharedField.class)));
    }

    boolean overdueAt(Instant now) {
        return status == Status.SENT && now.isAfter(respondBy);
    }

    ReferralRow moveTo(Status next, String reason, String outcomeText, Instant now) {
        return new ReferralRow(id, reference, caseId, personId, supportServiceId, organisationId, needs, next, basis,
                consentGivenBy, consentGivenAt, consentMethod, sharedFields, overrideJustification, intermediary, sharedDetails,
                next == Status.DECLINED ? reason : declineReason,
                next == Status.CLOSED ? SensitiveText.of(outcomeText) : outcome, respondBy, createdBy, createdAt, now, version);
    }

    static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
