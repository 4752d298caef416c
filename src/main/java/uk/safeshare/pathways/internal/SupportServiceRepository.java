package uk.safeshare.pathways.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SupportServiceRepository extends ListCrudRepository<SupportServiceRow, UUID> {

    Optional<SupportServiceRow> findByName(String name);

    @Query("SELECT * FROM support_service ORDER BY name")
    List<SupportServiceRow> findAllOrdered();
}
