package uk.safeshare.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import uk.safeshare.shared.crypto.FieldCipher;

class FieldCipherTest {

    private final FieldCipher cipher = new FieldCipher(new byte[32]);

    @Test
    void a_value_round_trips_and_never_appears_in_its_stored_form() {
        String stored = cipher.encrypt("CONCERNS_OR_DOUBTS_ONLY");
        assertThat(stored).startsWith("v1:").doesNotContain("CONCERNS");
        assertThat(cipher.decrypt(stored)).isEqualTo("CONCERNS_OR_DOUBTS_ONLY");
    }

    @Test
    void the_same_value_encrypts_differently_each_time() {
        assertThat(cipher.encrypt("SY")).isNotEqualTo(cipher.encrypt("SY"));
    }

    @Test
    void an_altered_value_is_refused_rather_than_returned() {
        String stored = cipher.encrypt("IC6");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).hasMessageContaining("could not be authenticated");
    }

    @Test
    void a_value_sealed_under_another_key_cannot_be_read() {
        byte[] other = new byte[32];
        other[0] = 1;
        String stored = new FieldCipher(other).encrypt("W1");
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }
}
