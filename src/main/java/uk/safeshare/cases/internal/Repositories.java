package uk.safeshare.cases.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CaseFileRepository extends ListCrudRepository<CaseFile, UUID> {

    @Query("SELECT * FROM case_file WHERE team_id = :teamId ORDER BY occurred_at DESC LIMIT :limit")
    List<CaseFile> findByTeam(UUID teamId, int limit);

    @Query("SELECT nextval('case_reference_seq')")
    long nextReferenceNumber();
}

interface PersonRecordRepository extends ListCrudRepository<PersonRecord, UUID> {

    @Query("SELECT * FROM case_person WHERE case_id = :caseId ORDER BY created_at, id")
    List<PersonRecord> findByCaseId(UUID caseId);

    @Query("SELECT COUNT(*) FROM case_person WHERE case_id = :caseId")
    int countByCaseId(UUID caseId);
}
