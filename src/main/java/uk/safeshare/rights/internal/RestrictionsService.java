package uk.safeshare.rights.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.rights.ProcessingRestrictions;

@Component
class RestrictionsService implements ProcessingRestrictions {

    private final JdbcClient jdbc;

    RestrictionsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isRestricted(UUID personId) {
        return personId != null && jdbc.sql("SELECT COUNT(*) FROM processing_restriction WHERE person_id = ? AND lifted_at IS NULL")
                .param(personId).query(Long.class).single() > 0;
    }
}
