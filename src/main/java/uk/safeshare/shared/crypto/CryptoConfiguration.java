package uk.safeshare.shared.crypto;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/** Wires field encryption into Spring Data JDBC so that {@link SensitiveText} is always stored encrypted. */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration extends AbstractJdbcConfiguration {

    private final FieldCipher cipher;

    public CryptoConfiguration(@Value("${safeshare.crypto.key:}") String key,
                               @Value("${safeshare.data-dir}") String dataDir) {
        this.cipher = new FieldCipher(EncryptionKeys.resolve(key, Path.of(dataDir)));
    }

    @Bean
    public FieldCipher fieldCipher() {
        return cipher;
    }

    /**
     * Unquoted identifiers: both databases then fold names to lower case (H2 runs with
     * DATABASE_TO_LOWER), so one migration set and one mapping serve both.
     */
    @Override
    @Bean
    public org.springframework.data.jdbc.core.mapping.JdbcMappingContext jdbcMappingContext(
            java.util.Optional<org.springframework.data.relational.core.mapping.NamingStrategy> namingStrategy,
            org.springframework.data.jdbc.core.convert.JdbcCustomConversions customConversions,
            org.springframework.data.relational.RelationalManagedTypes jdbcManagedTypes) {
        var context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setForceQuote(false);
        return context;
    }

    @Override
    protected List<?> userConverters() {
        return List.of(new Encrypting(cipher), new Decrypting(cipher));
    }

    @WritingConverter
    record Encrypting(FieldCipher cipher) implements Converter<SensitiveText, String> {
        @Override
        public String convert(SensitiveText source) {
            return cipher.encrypt(source.value());
        }
    }

    @ReadingConverter
    record Decrypting(FieldCipher cipher) implements Converter<String, SensitiveText> {
        @Override
        public SensitiveText convert(String source) {
            return new SensitiveText(cipher.decrypt(source));
        }
    }
}
