package uk.safeshare.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeshare.support.SafeShareTest;

/** A start with an encryption key other than the database's is refused before anything is read or changed. */
@SafeShareTest
class KeyMatchesDatabaseTest {

    @Autowired JdbcClient jdbc;
    @Autowired FieldCipher cipher;

    private KeyMatchesDatabase checkWith(FieldCipher key) {
        return new KeyMatchesDatabase(jdbc, key);
    }

    @Test
    void the_database_keeps_a_value_sealed_with_its_key_and_that_key_starts() throws Exception {
        String sealed = jdbc.sql("SELECT sealed FROM encryption_key_check WHERE id = 1").query(String.class).single();
        assertThat(sealed).startsWith("v1:");
        assertThatCode(() -> checkWith(cipher).afterSingletonsInstantiated()).doesNotThrowAnyException();
    }

    @Test
    void another_key_is_refused_with_a_message_that_says_which_setting_to_fix() throws Exception {
        FieldCipher other = new FieldCipher(new byte[32]);
        assertThatThrownBy(() -> checkWith(other).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAFESHARE_ENCRYPTION_KEY")
                .hasMessageContaining("nothing has been read or changed");
    }
}
