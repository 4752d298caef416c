package uk.safeshare.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OrganisationRepository extends ListCrudRepository<Organisation, UUID> {
    Optional<Organisation> findByName(String name);

    @Query("SELECT * FROM organisation ORDER BY name")
    List<Organisation> findAllOrdered();
}

interface TeamRepository extends ListCrudRepository<Team, UUID> {
    @Query("SELECT * FROM team ORDER BY name")
    List<Team> findAllOrdered();

    Optional<Team> findByOrganisationIdAndName(UUID organisationId, String name);
}

interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {
    Optional<UserAccount> findByUsername(String username);

    @Query("SELECT * FROM user_account ORDER BY username")
    List<UserAccount> findAllOrdered();
}

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {
    @Query("SELECT * FROM api_token WHERE user_id = :userId ORDER BY created_at DESC")
    List<ApiToken> findByUserId(UUID userId);

    /**
     * Records the address a token was last used from, only if nobody has changed the token since it
     * was read. 0 when another request got there first: a plain answer rather than an exception, which
     * would mark the request's transaction for rollback.
     */
    @org.springframework.data.jdbc.repository.query.Modifying
    @Query("UPDATE api_token SET last_used_address = :address, version = version + 1 WHERE id = :id AND version = :version")
    int recordAddress(UUID id, String address, Long version);
}

interface RoleGrantRequestRepository extends ListCrudRepository<RoleGrantRequest, UUID> {
    @Query("SELECT * FROM role_grant_request WHERE status = 'PENDING' ORDER BY requested_at")
    List<RoleGrantRequest> findPending();

    @Query("SELECT * FROM role_grant_request WHERE user_id = :userId AND status = 'PENDING' ORDER BY requested_at")
    List<RoleGrantRequest> findPendingFor(UUID userId);
}
