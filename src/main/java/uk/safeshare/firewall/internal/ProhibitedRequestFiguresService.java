package uk.safeshare.firewall.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.firewall.ProhibitedRequestFigures;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.Obligation;

@Service
class ProhibitedRequestFiguresService implements ProhibitedRequestFigures {

    private final JdbcClient jdbc;

    ProhibitedRequestFiguresService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> peopleOfferedAReferral(Instant from, Instant to) {
        return jdbc.sql("SELECT r.person_id FROM sharing_request r JOIN sharing_obligation o ON o.request_id = r.id"
                        + " WHERE r.outcome = :outcome AND o.obligation = :offer AND r.requested_at >= :from AND r.requested_at < :to")
                .param("outcome", Decision.Kind.PROHIBITED.name())
                .param("offer", Obligation.OFFER_SPECIALIST_REFERRAL.name())
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }
}
