package uk.safeshare.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeshare.support.SafeShareTest;

/**
 * A database restored without its signing key, or started with another one, is refused at start-up
 * with the key that signed its latest checkpoint named, instead of signing the log anew with a key
 * every witness rejects.
 */
@SafeShareTest
class SigningKeyMatchesLogTest {

    @Autowired JdbcClient jdbc;
    @Autowired LogSigningKey key;
    @Autowired Sequencer sequencer;
    @Value("${safeshare.audit.log-origin}") String origin;

    private String latestCheckpoint() {
        assertThat(sequencer.awaitIntegration(Duration.ofSeconds(10))).isTrue();
        return jdbc.sql("SELECT checkpoint FROM audit_tree_head WHERE id = 1").query(String.class).single();
    }

    @Test
    void the_key_that_signed_the_latest_checkpoint_starts() {
        assertThat(latestCheckpoint()).isNotNull();
        assertThatCode(() -> new SigningKeyMatchesLog(jdbc, key).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    @Test
    void another_key_is_refused_and_the_message_names_the_key_that_signed_the_log(@TempDir Path dir) {
        String signedBy = key.signer().verifierKey();
        assertThat(latestCheckpoint()).isNotNull();
        LogSigningKey other = new LogSigningKey(Base64.getEncoder().encodeToString(new byte[32]), "", origin, dir.toString());

        assertThatThrownBy(() -> new SigningKeyMatchesLog(jdbc, other).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signed by " + signedBy.substring(0, signedBy.lastIndexOf('+')))
                .hasMessageContaining("SAFESHARE_AUDIT_SIGNING_KEY");
    }

    @Test
    void the_same_key_under_another_log_name_is_refused_too(@TempDir Path dir) {
        assertThat(latestCheckpoint()).isNotNull();
        LogSigningKey renamed = new LogSigningKey(Base64.getEncoder().encodeToString(key.signer().seed()), "",
                origin + "-renamed", dir.toString());

        assertThatThrownBy(() -> new SigningKeyMatchesLog(jdbc, renamed).afterSingletonsInstantiated())
                .hasMessageContaining("SAFESHARE_AUDIT_LOG_ORIGIN");
    }
}
