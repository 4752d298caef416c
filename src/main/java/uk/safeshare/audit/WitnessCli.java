package uk.safeshare.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.audit.internal.Merkle;
import uk.safeshare.audit.internal.SignedNote;

/**
 * {@code java -jar safeshare.jar witness --checkpoint-file=FILE --url=https://safeshare.example --public-key=VKEY
 * [--token=ss_...]}: an auditor's witness, run outside SafeShare (ADR 0010). It keeps the last
 * checkpoint it accepted in FILE; each run fetches the latest checkpoint and a consistency proof
 * from the one it holds, checks the signature with the log's published key and the proof, and
 * only then stores the new checkpoint. Someone with full access to SafeShare's database can
 * rewrite the log and recompute its tree, but cannot make the rewritten tree prove that it extends
 * what the witness saw. Exit code 0 when the new checkpoint is accepted, 1 when the log fails a
 * check (nothing is stored), 2 on a usage or connection error.
 */
public final class WitnessCli {

    /** Fetches a path under the service's address; the command line uses HTTP, tests may use anything. */
    @FunctionalInterface
    public interface Fetcher {
        String get(String pathAndQuery) throws IOException, InterruptedException;
    }

    private WitnessCli() {
    }

    public static int run(String[] args, PrintStream out) {
        Map<String, String> options = AuditVerifierCli.options(args);
        String url = options.get("url");
        if (url == null || url.isBlank()) {
            out.println("usage: witness --checkpoint-file=FILE --url=SAFESHARE_ADDRESS --public-key=VERIFIER_KEY [--token=API_TOKEN]");
            return 2;
        }
        String token = options.getOrDefault("token", System.getenv("SAFESHARE_TOKEN"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Fetcher fetcher = path -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
            if (token != null && !token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) { // a refused connection has no message of its own: say where and what
                throw new IOException("cannot reach " + base + " (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
            }
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode());
            }
            return response.body();
        };
        return run(options, fetcher, out);
    }

    public static int run(Map<String, String> options, Fetcher fetcher, PrintStream out) {
        String file = options.get("checkpoint-file");
        String vkey = options.get("public-key");
        if (file == null || file.isBlank() || vkey == null || vkey.isBlank()) {
            out.println("usage: witness --checkpoint-file=FILE --url=SAFESHARE_ADDRESS --public-key=VERIFIER_KEY [--token=API_TOKEN]");
            return 2;
        }
        SignedNote.VerifierKey key;
        try {
            key = SignedNote.VerifierKey.parse(vkey);
        } catch (RuntimeException e) {
            out.println("The public key is not a verifier key: " + e.getMessage());
            return 2;
        }
        Path path = Path.of(file);
        try {
            Optional<Checkpoint> held = Optional.empty();
            if (Files.exists(path)) {
                held = SignedNote.open(Files.readString(path, StandardCharsets.UTF_8), key);
                if (held.isEmpty()) {
                    out.println("REJECTED: the checkpoint held in " + path + " does not verify with the key given: it was altered, or the key is wrong");
                    return 1;
                }
            }
            String note = fetcher.get("/api/v1/audit/checkpoint");
            Optional<Checkpoint> latest = SignedNote.open(note, key);
            if (latest.isEmpty()) {
                out.println("REJECTED: the latest checkpoint is not signed by the log's key " + key.name());
                return 1;
            }
            Checkpoint next = latest.get();
            if (held.isPresent()) {
                Checkpoint old = held.get();
                if (!old.origin().equals(next.origin())) {
                    out.println("REJECTED: the latest checkpoint is for another log (" + next.origin() + ", not " + old.origin() + ")");
                    return 1;
                }
                if (next.treeSize() < old.treeSize()) {
                    out.println("REJECTED: the log shrank from " + old.treeSize() + " to " + next.treeSize() + " entries: it was rewritten");
                    return 1;
                }
                List<byte[]> proof = new ArrayList<>();
                if (next.treeSize() > old.treeSize() && old.treeSize() > 0) {
                    JsonNode body = JsonMapper.builder().build().readTree(
                            fetcher.get("/api/v1/audit/proofs/consistency?from=" + old.treeSize() + "&to=" + next.treeSize()));
                    for (JsonNode h : body.get("hashes")) {
                        proof.add(Base64.getDecoder().decode(h.asString()));
                    }
                }
                if (!Merkle.verifyConsistency(old.treeSize(), next.treeSize(), old.rootHash(), next.rootHash(), proof)) {
                    out.println("REJECTED: the log of " + next.treeSize() + " entries does not extend the log of " + old.treeSize()
                            + " entries accepted " + (old.issuedAt() == null ? "earlier" : "at " + old.issuedAt())
                            + ": entries already seen were changed or removed. Keep " + path + " as evidence.");
                    return 1;
                }
            }
            Path temporary = path.resolveSibling(path.getFileName() + ".new");
            Files.writeString(temporary, note, StandardCharsets.UTF_8);
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Accepted: the log has " + next.treeSize() + " entries, root " + next.rootBase64()
                    + (held.isPresent() ? ", and extends the " + held.get().treeSize() + " entries accepted before" : " (first checkpoint held)")
                    + ". Stored in " + path + ".");
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("Could not check the log: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }
}
