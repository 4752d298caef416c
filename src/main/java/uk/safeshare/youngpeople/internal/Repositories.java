package uk.safeshare.youngpeople.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface YoungPersonRepository extends ListCrudRepository<YoungPersonRecord, UUID> {

    @Query("SELECT * FROM young_person WHERE team_id = :teamId ORDER BY next_review_on, id")
    List<YoungPersonRecord> findByTeam(UUID teamId);
}

interface CaseLinkRepository extends ListCrudRepository<CaseLinkRecord, UUID> {

    @Query("SELECT * FROM young_person_case WHERE young_person_id = :youngPersonId ORDER BY linked_at")
    List<CaseLinkRecord> findByYoungPerson(UUID youngPersonId);
}

interface VulnerabilityRepository extends ListCrudRepository<VulnerabilityRecord, UUID> {

    @Query("SELECT * FROM young_person_vulnerability WHERE young_person_id = :youngPersonId ORDER BY identified_on DESC, recorded_at DESC")
    List<VulnerabilityRecord> findByYoungPerson(UUID youngPersonId);
}

interface MissingEpisodeRepository extends ListCrudRepository<MissingEpisodeRecord, UUID> {

    @Query("SELECT * FROM young_person_missing WHERE young_person_id = :youngPersonId ORDER BY went_missing_at DESC")
    List<MissingEpisodeRecord> findByYoungPerson(UUID youngPersonId);
}

interface RiskRepository extends ListCrudRepository<RiskRecord, UUID> {

    @Query("SELECT * FROM young_person_risk WHERE young_person_id = :youngPersonId ORDER BY set_at DESC, id")
    List<RiskRecord> findByYoungPerson(UUID youngPersonId);
}

interface ProfessionalRepository extends ListCrudRepository<ProfessionalRecord, UUID> {

    @Query("SELECT * FROM young_person_professional WHERE young_person_id = :youngPersonId ORDER BY added_at")
    List<ProfessionalRecord> findByYoungPerson(UUID youngPersonId);
}

interface ReviewRepository extends ListCrudRepository<ReviewRecord, UUID> {

    @Query("SELECT * FROM young_person_review WHERE young_person_id = :youngPersonId ORDER BY held_on DESC, recorded_at DESC")
    List<ReviewRecord> findByYoungPerson(UUID youngPersonId);
}

interface ActionRepository extends ListCrudRepository<ActionRecord, UUID> {

    @Query("SELECT * FROM young_person_action WHERE young_person_id = :youngPersonId ORDER BY due_on, created_at")
    List<ActionRecord> findByYoungPerson(UUID youngPersonId);
}
