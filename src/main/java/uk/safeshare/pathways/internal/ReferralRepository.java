package uk.safeshare.pathways.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ReferralRepository extends ListCrudRepository<ReferralRow, UUID> {

    @Query("SELECT * FROM referral WHERE person_id = :personId ORDER BY created_at DESC")
    List<ReferralRow> findByPersonId(UUID personId);

    @Query("SELECT * FROM referral WHERE organisation_id = :organisationId ORDER BY created_at DESC LIMIT 500")
    List<ReferralRow> findByOrganisationId(UUID organisationId);

    @Query("SELECT nextval('referral_reference_seq')")
    long nextReferenceNumber();
}
