package uk.safeshare.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.InvalidRequestException;

/**
 * Passwords as NIST SP 800-63B (5.1.1.2) asks: at least 12 characters, at most 128, any characters
 * (no composition rules), and never one that is known to be common or breached, nor the username,
 * the service's name, or one character repeated. The list ships with SafeShare (NOTICE) so checking
 * needs no outside service.
 */
@Component
class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> words = new HashSet<>(64_000);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common password list is missing", e);
        }
        this.common = Set.copyOf(words);
    }

    /** Refuses a password that breaks the policy, naming the form field. */
    void check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            throw new InvalidRequestException(field, "Enter a password of at least " + MIN + " characters");
        }
        if (password.length() > MAX) {
            throw new InvalidRequestException(field, "Enter a password of at most " + MAX + " characters");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (common.contains(folded) || common.contains(folded.strip())) {
            throw new InvalidRequestException(field, "This password is on a list of common or breached passwords; choose another");
        }
        if (folded.codePoints().distinct().count() == 1) {
            throw new InvalidRequestException(field, "A password cannot be one character repeated; choose another");
        }
        if ((username != null && folded.contains(username.toLowerCase(Locale.ROOT))) || folded.contains("safeshare")) {
            throw new InvalidRequestException(field, "A password cannot contain your username or the name of the service; choose another");
        }
    }
}
