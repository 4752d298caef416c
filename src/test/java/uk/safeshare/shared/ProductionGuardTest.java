package uk.safeshare.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import uk.safeshare.SafeShareApplication;

class ProductionGuardTest {

    /** Settings as command-line arguments: they outrank the environment, as an operator's would. */
    private void prod(String... settings) {
        String[] args = java.util.Arrays.stream(settings).map(s -> "--" + s).toArray(String[]::new);
        new SpringApplicationBuilder(SafeShareApplication.class).profiles("prod")
                .properties("server.port=0", "spring.main.banner-mode=off").run(args);
    }

    @Test
    void production_refuses_to_start_without_a_postgresql_url() {
        assertThatThrownBy(() -> prod("spring.datasource.url=", "safeshare.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="))
                .hasMessageContaining("SAFESHARE_DB_URL");
    }

    @Test
    void production_refuses_to_fall_back_to_the_embedded_database() {
        assertThatThrownBy(() -> prod("spring.datasource.url=jdbc:h2:mem:prod-guard",
                "safeshare.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="))
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void production_refuses_to_start_without_an_encryption_key() {
        assertThatThrownBy(() -> prod("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test", "safeshare.crypto.key="))
                .hasMessageContaining("SAFESHARE_ENCRYPTION_KEY");
    }

    @Test
    void production_refuses_to_start_without_a_key_to_sign_the_audit_log() {
        assertThatThrownBy(() -> prod("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
                "safeshare.crypto.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "safeshare.audit.signing-key=",
                "safeshare.audit.signing-key-file="))
                .hasMessageContaining("SAFESHARE_AUDIT_SIGNING_KEY");
        org.assertj.core.api.Assertions.assertThatCode(() -> ProductionGuard.checkAuditSigningKey("", "/etc/safeshare/audit-log.key"))
                .doesNotThrowAnyException();
    }

    @Test
    void a_postgresql_url_and_a_key_pass_the_guard() {
        org.assertj.core.api.Assertions.assertThatCode(() -> ProductionGuard.check("jdbc:postgresql://db/safeshare", "a-key"))
                .doesNotThrowAnyException();
    }
}
