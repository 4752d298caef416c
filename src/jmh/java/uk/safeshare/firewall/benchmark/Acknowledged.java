package uk.safeshare.firewall.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The ids of the sharing requests answered 201, written one a line as each answer is read (and flushed, so a
 * generator stopped at any moment has written down every acknowledgement it had read). Without a file, nothing.
 */
final class Acknowledged {

    private final Writer out;

    private Acknowledged(Writer out) {
        this.out = out;
    }

    static Acknowledged to(Path file) throws IOException {
        return new Acknowledged(file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    void add(HttpResponse<?> created) {
        if (out == null) {
            return;
        }
        String location = created.headers().firstValue("Location").orElse("");
        String id = location.substring(location.lastIndexOf('/') + 1);
        synchronized (this) {
            try {
                out.write((id.isEmpty() ? "201-without-location" : id) + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
