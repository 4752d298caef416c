package uk.safeshare.risk.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.risk.RiskGrade;
import uk.safeshare.risk.RiskViews.Status;
import uk.safeshare.shared.crypto.SensitiveText;

/**
 * One risk assessment. The answers (checklist and immigration factors, with notes) are one encrypted
 * JSON document; the score and grades are plain so that referrals and figures can be computed.
 * {@code maracCriteria} holds the MARAC criteria met, one per line, as the MARAC module recorded them.
 */
@Table("risk_assessment")
record RiskAssessmentRecord(@Id UUID id, UUID caseId, UUID personId, Status status, SensitiveText answers,
                            Integer yesCount, RiskGrade checklistGrade, RiskGrade judgementGrade,
                            SensitiveText judgementConcern, RiskGrade grade, String createdBy, Instant createdAt,
                            Instant updatedAt, String completedBy, Instant completedAt, String maracCriteria,
                            @Version Long version) {
}
