package uk.safeshare.pathways.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.PathwaysFigures;
import uk.safeshare.pathways.ReferralCommands;

/** Directory, referral and third-party report facts for the needs assessment, read without a user's need-to-know: counted, never shown. */
@Service
class PathwaysFiguresService implements PathwaysFigures {

    private final SupportServiceRepository services;
    private final JdbcClient jdbc;

    PathwaysFiguresService(SupportServiceRepository services, JdbcClient jdbc) {
        this.services = services;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Supply> supply() {
        return services.findAllOrdered().stream().map(SupportServiceRow::view).filter(SupportService::active)
                .map(s -> new Supply(s.name(), Set.copyOf(s.specialisms()), Set.copyOf(s.languages()),
                        s.areas().stream().map(String::strip).collect(Collectors.toSet())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReferralFact> referrals(Instant from, Instant to) {
        Map<UUID, SupportService> byId = services.findAllOrdered().stream().map(SupportServiceRow::view)
                .collect(Collectors.toMap(SupportService::id, Function.identity()));
        return jdbc.sql("SELECT person_id, support_service_id, status, decline_reason FROM referral WHERE created_at >= ? AND created_at < ?")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> {
                    SupportService s = byId.get(rs.getObject(2, UUID.class));
                    return new ReferralFact(rs.getObject(1, UUID.class), ReferralCommands.Status.valueOf(rs.getString(3)),
                            s == null ? Set.of() : Set.copyOf(s.specialisms()), rs.getString(4));
                }).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> thirdPartyReportAreas(Instant from, Instant to) {
        return jdbc.sql("SELECT area FROM third_party_report WHERE received_at >= ? AND received_at < ?")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)).query(String.class).list()
                .stream().map(String::strip).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Dated> thirdPartyReports(Instant from, Instant to) {
        return jdbc.sql("SELECT area, received_at FROM third_party_report WHERE received_at >= ? AND received_at < ?")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Dated(rs.getString(1).strip(), rs.getObject(2, java.time.OffsetDateTime.class).toInstant())).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DatedReferral> referralsMade(Instant from, Instant to) {
        return jdbc.sql("SELECT person_id, created_at FROM referral WHERE created_at >= ? AND created_at < ?")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new DatedReferral(rs.getObject(1, UUID.class), rs.getObject(2, java.time.OffsetDateTime.class).toInstant())).list();
    }
}
