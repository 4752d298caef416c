package uk.safeshare.audit.internal;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the configured signing key is not the one that signed the log's latest
 * checkpoint. Without this, a database restored without its signing key (or a mistyped key, or a
 * changed log origin) started silently with another key: every witness then rejected the log and
 * `verify-audit` failed, long after the cause. Runs before the sequencer signs anything.
 */
@Component
class SigningKeyMatchesLog implements SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final LogSigningKey key;

    SigningKeyMatchesLog(JdbcClient jdbc, LogSigningKey key) {
        this.jdbc = jdbc;
        this.key = key;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> latest = jdbc.sql("SELECT checkpoint FROM audit_tree_head WHERE id = 1 AND checkpoint IS NOT NULL")
                .query(String.class).list();
        if (latest.isEmpty()) {
            return; // a new log: this key signs its first checkpoint
        }
        String configured = key.signer().verifierKey();
        if (SignedNote.open(latest.getFirst(), SignedNote.VerifierKey.parse(configured)).isEmpty()) {
            throw new IllegalStateException("The audit log's signing key is not the key that signed the log's latest"
                    + " checkpoint. That checkpoint is signed by " + SignedNote.signers(latest.getFirst()) + "; the key configured is "
                    + configured.substring(0, configured.lastIndexOf('+')) + ". Start SafeShare with the signing key kept with"
                    + " this database (SAFESHARE_AUDIT_SIGNING_KEY or SAFESHARE_AUDIT_SIGNING_KEY_FILE, and the same"
                    + " SAFESHARE_AUDIT_LOG_ORIGIN): a log signed by another key is rejected by every witness.");
        }
    }
}
