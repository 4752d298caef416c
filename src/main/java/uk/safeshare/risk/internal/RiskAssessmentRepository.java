package uk.safeshare.risk.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RiskAssessmentRepository extends ListCrudRepository<RiskAssessmentRecord, UUID> {

    @Query("SELECT * FROM risk_assessment WHERE person_id = :personId ORDER BY created_at DESC, id")
    List<RiskAssessmentRecord> findByPersonId(UUID personId);

    @Query("SELECT COUNT(*) FROM risk_assessment WHERE person_id = :personId AND status = 'DRAFT'")
    int countDrafts(UUID personId);
}
