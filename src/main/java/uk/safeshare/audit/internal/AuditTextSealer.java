package uk.safeshare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.audit.AuditSubjectKeys;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * Crypto-shredding of the free text in audit entries (ADR 0015). The text an officer types (a reason,
 * a justification) may name people, so it is stored encrypted under a key for the people the entry is
 * about (or its case, when it names no person); each key is kept apart in {@code audit_subject_key},
 * wrapped with the field-encryption key (ADR 0003). Disposal deletes the key, and what is stored stays
 * as it was: the Merkle leaf is computed over the ciphertext, so the log still verifies, and the entry
 * still says who did what, when, to which record. An entry about several people is sealed under a key
 * derived from all of theirs, so disposing of any one of them makes the text unreadable.
 */
@Component
class AuditTextSealer implements AuditSubjectKeys {

    static final String PREFIX = "ps1:";
    /** Stored for text about a record already disposed of: there is no key to seal it with, and none is made. */
    static final String SHREDDED = PREFIX + "shredded";
    static final String ERASED = "[erased with the record it was about]";

    private final JdbcClient jdbc;
    private final FieldCipher wrapping;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AuditTextSealer(JdbcClient jdbc, FieldCipher wrapping, Clock clock) {
        this.jdbc = jdbc;
        this.wrapping = wrapping;
        this.clock = clock;
    }

    /** The text as it is to be stored: sealed under its subjects' keys, or as given when it is about no one. */
    String seal(UUID caseId, Collection<UUID> personIds, String text) {
        List<UUID> subjects = subjects(caseId, personIds);
        if (text == null || subjects.isEmpty()) {
            return text;
        }
        List<byte[]> keys = new ArrayList<>(subjects.size());
        for (UUID subject : subjects) {
            Optional<byte[]> key = keyOf(subject, true);
            if (key.isEmpty()) {
                return SHREDDED;
            }
            keys.add(key.get());
        }
        return PREFIX + new FieldCipher(combine(keys)).encrypt(text);
    }

    /** The entry as a reader sees it: its text opened while every subject's key exists, else marked erased. */
    AuditEntry open(AuditEntry e) {
        String text = e.justification();
        if (text == null || !text.startsWith(PREFIX)) {
            return e; // written before crypto-shredding (ADR 0015), or about no one
        }
        return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.action(), e.caseId(), e.personIds(), opened(e, text),
                e.recipient(), e.requestId(), e.details(), e.leafIndex());
    }

    private String opened(AuditEntry e, String text) {
        if (text.equals(SHREDDED)) {
            return ERASED;
        }
        List<byte[]> keys = new ArrayList<>();
        for (UUID subject : subjects(e.caseId(), e.personIds())) {
            Optional<byte[]> key = keyOf(subject, false);
            if (key.isEmpty()) {
                return ERASED;
            }
            keys.add(key.get());
        }
        return new FieldCipher(combine(keys)).decrypt(text.substring(PREFIX.length()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void shred(Collection<UUID> subjects) {
        for (UUID subject : new TreeSet<>(subjects)) {
            jdbc.sql("DELETE FROM audit_subject_key WHERE subject_id = ?").param(subject).update();
            if (jdbc.sql("SELECT COUNT(*) FROM audit_subject_shredded WHERE subject_id = ?").param(subject).query(Long.class).single() == 0) {
                jdbc.sql("INSERT INTO audit_subject_shredded (subject_id, shredded_at) VALUES (?, ?)")
                        .params(subject, clock.instant().atOffset(ZoneOffset.UTC)).update();
            }
        }
    }

    @Override
    public boolean shredded(UUID subject) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_subject_shredded WHERE subject_id = ?").param(subject).query(Long.class).single() > 0;
    }

    /** The people an entry is about, in a fixed order; its case when it names no one. */
    private static List<UUID> subjects(UUID caseId, Collection<UUID> personIds) {
        if (personIds != null && !personIds.isEmpty()) {
            return List.copyOf(new TreeSet<>(personIds));
        }
        return caseId == null ? List.of() : List.of(caseId);
    }

    private Optional<byte[]> keyOf(UUID subject, boolean create) {
        Optional<String> wrapped = jdbc.sql("SELECT wrapped_key FROM audit_subject_key WHERE subject_id = ?")
                .param(subject).query(String.class).optional();
        if (wrapped.isPresent()) {
            return Optional.of(Base64.getDecoder().decode(wrapping.decrypt(wrapped.get())));
        }
        if (!create || shredded(subject)) {
            return Optional.empty();
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        // Two transactions may make the first key for one person at once: the second insert does nothing and its key is read back.
        jdbc.sql("INSERT INTO audit_subject_key (subject_id, wrapped_key, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(subject, wrapping.encrypt(Base64.getEncoder().encodeToString(key)), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT wrapped_key FROM audit_subject_key WHERE subject_id = ?").param(subject).query(String.class)
                .optional().map(w -> Base64.getDecoder().decode(wrapping.decrypt(w)));
    }

    private static byte[] combine(List<byte[]> keys) {
        if (keys.size() == 1) {
            return keys.getFirst();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("safeshare-audit-subjects/1".getBytes(StandardCharsets.US_ASCII));
            keys.forEach(sha::update);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
