package uk.safeshare.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.AuditFilter;
import uk.safeshare.audit.AuditLog;
import uk.safeshare.audit.Verification;

@Service
class AuditLogService implements AuditLog {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditAppender appender;
    private final uk.safeshare.identity.Identity identity;
    private final LogSigningKey key;
    private final AuditTextSealer sealer;

    AuditLogService(JdbcClient jdbc, DataSource dataSource, AuditAppender appender, uk.safeshare.identity.Identity identity,
                    LogSigningKey key, AuditTextSealer sealer) {
        this.key = key;
        this.sealer = sealer;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.appender = appender;
        this.identity = identity;
    }

    /** Reading the log is itself a consultation of personal data (reasons, ids): it is logged, after the read. */
    @Override
    @Transactional
    public Page search(AuditFilter filter, int page, int size) {
        Page result = read(filter, page, size);
        appender.record(new uk.safeshare.shared.audit.DataProcessed(uk.safeshare.shared.audit.AuditAction.CONSULTATION,
                identity.current().username(), filter.caseId(),
                filter.personId() == null ? java.util.List.of() : java.util.List.of(filter.personId()), null, null,
                "searched the audit log (page " + (page + 1) + ", " + result.entries().size() + " entries shown)"));
        return result;
    }

    private Page read(AuditFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.personId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM audit_entry_person p WHERE p.seq = e.seq AND p.person_id = ?)");
            params.add(filter.personId());
        }
        if (filter.caseId() != null) {
            where.append(" AND e.case_id = ?");
            params.add(filter.caseId());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND e.actor = ?");
            params.add(filter.actor().trim());
        }
        if (filter.action() != null) {
            where.append(" AND e.action = ?");
            params.add(filter.action().name());
        }
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= ?");
            params.add(filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry e" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<AuditEntry> entries = jdbc.sql("SELECT " + EntryRows.COLUMNS + EntryRows.FROM + where + " ORDER BY e.seq DESC LIMIT ? OFFSET ?")
                .params(pageParams).query((rs, n) -> sealer.open(EntryRows.read(rs))).list();
        return new Page(entries, page, size, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Verification verify() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return LogVerifier.verify(connection, SignedNote.VerifierKey.parse(key.signer().verifierKey()));
        } catch (SQLException e) {
            throw new IllegalStateException("The audit log could not be read", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
