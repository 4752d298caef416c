package uk.safeshare.shared.crypto;

/**
 * A value that is encrypted whenever it is written to the database (special-category and sensitive
 * personal data). The plaintext only ever exists in memory; see {@link FieldCipher}.
 */
public record SensitiveText(String value) {

    public static SensitiveText of(String value) {
        return value == null ? null : new SensitiveText(value);
    }

    public static String valueOf(SensitiveText text) {
        return text == null ? null : text.value();
    }

    @Override
    public String toString() {
        // Never let a sensitive value leak into logs through toString.
        return "SensitiveText[***]";
    }
}
