package uk.safeshare.pathways.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.pathways.ReferralCommands.NoteView;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.shared.crypto.FieldCipher;

/** The running record of a referral: each status change and note, oldest first, notes encrypted. */
@Component
class ReferralNotes {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ReferralNotes(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void add(UUID referralId, String author, Status status, String note, Instant at) {
        jdbc.sql("INSERT INTO referral_note (id, referral_id, author, written_at, status, note) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), referralId, author, at.atOffset(ZoneOffset.UTC), status.name(),
                        note == null || note.isBlank() ? null : cipher.encrypt(note.trim()))
                .update();
    }

    List<NoteView> of(UUID referralId) {
        return jdbc.sql("SELECT author, written_at, status, note FROM referral_note WHERE referral_id = ? ORDER BY written_at, id")
                .param(referralId)
                .query((rs, n) -> new NoteView(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        Status.valueOf(rs.getString(3)), cipher.decrypt(rs.getString(4))))
                .list();
    }
}
