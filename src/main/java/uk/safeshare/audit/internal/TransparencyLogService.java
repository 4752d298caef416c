package uk.safeshare.audit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.Checkpoint;
import uk.safeshare.audit.TransparencyLog;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/** Checkpoints and proofs, read from the stored tree (perfect subtrees and the signed head). */
@Service
class TransparencyLogService implements TransparencyLog {

    private final JdbcTemplate jdbc;
    private final LogSigningKey key;
    private final Sequencer sequencer;
    private final AuditAppender appender;
    private final uk.safeshare.identity.Identity identity;

    TransparencyLogService(JdbcTemplate jdbc, LogSigningKey key, Sequencer sequencer, AuditAppender appender,
                           uk.safeshare.identity.Identity identity) {
        this.jdbc = jdbc;
        this.key = key;
        this.sequencer = sequencer;
        this.appender = appender;
        this.identity = identity;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Checkpoint> latestCheckpoint() {
        return jdbc.queryForList("SELECT checkpoint FROM audit_tree_head WHERE id = 1 AND checkpoint IS NOT NULL", String.class)
                .stream().findFirst().flatMap(SignedNote::parse);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Checkpoint> keptCheckpoints(int limit) {
        return jdbc.queryForList("SELECT note FROM audit_checkpoint ORDER BY period_start DESC LIMIT ?", String.class, limit)
                .stream().flatMap(n -> SignedNote.parse(n).stream()).toList();
    }

    @Override
    public String verifierKey() {
        return key.signer().verifierKey();
    }

    /** The proof carries the entry as stored, so giving it out is a consultation of the log, and is logged. */
    @Override
    @Transactional
    public InclusionProof inclusionProof(long seq, long treeSize) {
        long size = checkedSize("treeSize", treeSize);
        AuditEntry entry = jdbc.query("SELECT " + EntryRows.COLUMNS + EntryRows.FROM + " WHERE e.seq = ?", (rs, n) -> EntryRows.read(rs), seq)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("There is no audit entry " + seq));
        if (entry.leafIndex() == null || entry.leafIndex() >= size) {
            throw new NotFoundException("Audit entry " + seq + " is not in the tree of " + size + " entries"
                    + (entry.leafIndex() == null ? " yet: it is integrated within a second of being written" : ""));
        }
        byte[] leaf = LeafEncoding.encode(entry);
        List<byte[]> hashes = Merkle.inclusionProof(new StoredNodes(jdbc), entry.leafIndex(), size);
        appender.record(new DataProcessed(AuditAction.CONSULTATION, identity.current().username(), entry.caseId(), entry.personIds(),
                null, null, "asked for the inclusion proof of audit entry " + seq));
        return new InclusionProof(entry, entry.leafIndex(), size, leaf, Merkle.leafHash(leaf), hashes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<byte[]> consistencyProof(long from, long to) {
        long size = checkedSize("to", to);
        if (from < 0 || from > size) {
            throw new InvalidRequestException("from", "from must be between 0 and the tree size " + size);
        }
        return Merkle.consistencyProof(new StoredNodes(jdbc), from, size);
    }

    @Override
    public boolean awaitIntegration(Duration timeout) {
        return sequencer.awaitIntegration(timeout);
    }

    /** @param parameter the request's name for the size, so that a refusal names what the caller sent */
    private long checkedSize(String parameter, long treeSize) {
        long current = jdbc.queryForObject("SELECT tree_size FROM audit_tree_head WHERE id = 1", Long.class);
        if (treeSize < 1 || treeSize > current) {
            throw new InvalidRequestException(parameter, parameter + " must be a tree size between 1 and the current size " + current);
        }
        return treeSize;
    }
}
