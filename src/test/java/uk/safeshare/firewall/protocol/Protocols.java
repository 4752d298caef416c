package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped protocols, and drafts made from them by editing their text, for tests. */
public final class Protocols {

    private static final ProtocolParser PARSER = new ProtocolParser();
    private static final String DEFAULT_TEXT = read(ProtocolDocument.DEFAULT_RESOURCE);
    private static final String ALL_VICTIMS_TEXT = read(ProtocolDocument.ALL_VICTIMS_EXAMPLE_RESOURCE);
    private static final ProtocolEngine DEFAULT_ENGINE = new ProtocolEngine(PARSER.parse(DEFAULT_TEXT));
    private static final ProtocolEngine ALL_VICTIMS_ENGINE = new ProtocolEngine(PARSER.parse(ALL_VICTIMS_TEXT));

    private Protocols() {}

    public static String defaultText() {
        return DEFAULT_TEXT;
    }

    public static String allVictimsText() {
        return ALL_VICTIMS_TEXT;
    }

    public static ProtocolEngine defaultEngine() {
        return DEFAULT_ENGINE;
    }

    public static ProtocolEngine allVictimsEngine() {
        return ALL_VICTIMS_ENGINE;
    }

    /** The default protocol with one piece of text replaced (which must occur exactly once). */
    public static String defaultWith(String from, String to) {
        return replaceOnce(DEFAULT_TEXT, from, to);
    }

    public static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("'%s' occurs in the protocol", from).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("'%s' occurs only once", from).isNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    public static ProtocolDocument parse(String text) {
        return PARSER.parse(text);
    }

    private static String read(String resource) {
        try (InputStream in = Protocols.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
