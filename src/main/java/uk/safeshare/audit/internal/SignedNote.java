package uk.safeshare.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import uk.safeshare.audit.Checkpoint;

/**
 * Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint), Ed25519:
 *
 * <pre>
 * &lt;origin&gt;
 * &lt;tree size&gt;
 * &lt;root hash, base64&gt;
 * Timestamp: &lt;ISO-8601 UTC&gt;
 *
 * — &lt;key name&gt; &lt;base64(key id || signature)&gt;
 * </pre>
 *
 * The key id is the first 4 bytes of SHA-256(name || 0x0A || 0x01 || public key); the verifier key
 * is published as {@code <name>+<key id hex>+<base64(0x01 || public key)>}. Plain Java, shared by
 * the service, the command-line verifier and the witness.
 */
public final class SignedNote {

    private static final String DASH = "\u2014 ";
    private static final byte ED25519 = 0x01;

    private SignedNote() {
    }

    /** An Ed25519 key pair from its 32-byte seed, named (by convention) after the log's origin. */
    public record Signer(String name, byte[] seed) {
        public byte[] publicKey() {
            return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        }

        public String verifierKey() {
            return SignedNote.verifierKey(name, publicKey());
        }

        public String sign(String body) {
            Ed25519Signer signer = new Ed25519Signer();
            signer.init(true, new Ed25519PrivateKeyParameters(seed, 0));
            byte[] text = body.getBytes(StandardCharsets.UTF_8);
            signer.update(text, 0, text.length);
            byte[] signature = signer.generateSignature();
            byte[] keyId = keyId(name, publicKey());
            byte[] blob = new byte[4 + signature.length];
            System.arraycopy(keyId, 0, blob, 0, 4);
            System.arraycopy(signature, 0, blob, 4, signature.length);
            return body + "\n" + DASH + name + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        }
    }

    /** A verifier key as published: name, key id and the raw public key. */
    public record VerifierKey(String name, byte[] keyId, byte[] publicKey) {
        public static VerifierKey parse(String vkey) {
            // The base64 key may itself hold "+": only the first two separate the fields.
            String[] parts = vkey.trim().split("\\+", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("a verifier key is <name>+<key id>+<base64 key>");
            }
            byte[] id = HexFormat.of().parseHex(parts[1]);
            byte[] blob = Base64.getDecoder().decode(parts[2]);
            if (id.length != 4 || blob.length != 33 || blob[0] != ED25519) {
                throw new IllegalArgumentException("not an Ed25519 verifier key");
            }
            byte[] key = Arrays.copyOfRange(blob, 1, 33);
            if (!Arrays.equals(id, SignedNote.keyId(parts[0], key))) {
                throw new IllegalArgumentException("the verifier key's id does not match its name and key");
            }
            return new VerifierKey(parts[0], id, key);
        }
    }

    public static String verifierKey(String name, byte[] publicKey) {
        byte[] blob = new byte[33];
        blob[0] = ED25519;
        System.arraycopy(publicKey, 0, blob, 1, 32);
        return name + "+" + HexFormat.of().formatHex(keyId(name, publicKey)) + "+" + Base64.getEncoder().encodeToString(blob);
    }

    static byte[] keyId(String name, byte[] publicKey) {
        MessageDigest sha = Merkle.sha256();
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0x0A);
        sha.update(ED25519);
        sha.update(publicKey);
        return Arrays.copyOf(sha.digest(), 4);
    }

    public static String checkpointBody(String origin, long size, byte[] root, Instant time) {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\nTimestamp: " + time + "\n";
    }

    /**
     * Reads a signed checkpoint and checks its signature by {@code key}. Empty when the note is
     * malformed, is not a checkpoint, or carries no valid signature by that key.
     */
    public static Optional<Checkpoint> open(String note, VerifierKey key) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            return Optional.empty();
        }
        String body = note.substring(0, split + 1);
        boolean signed = false;
        for (String line : note.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH)) {
                return Optional.empty();
            }
            String[] parts = line.substring(DASH.length()).split(" ");
            if (parts.length != 2 || !parts[0].equals(key.name())) {
                continue;
            }
            byte[] blob;
            try {
                blob = Base64.getDecoder().decode(parts[1]);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (blob.length != 68 || !Arrays.equals(Arrays.copyOf(blob, 4), key.keyId())) {
                continue;
            }
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(key.publicKey(), 0));
            byte[] text = body.getBytes(StandardCharsets.UTF_8);
            verifier.update(text, 0, text.length);
            signed |= verifier.verifySignature(Arrays.copyOfRange(blob, 4, 68));
        }
        return signed ? parse(note) : Optional.empty();
    }

    /**
     * Who signed a note, as each verifier key begins ({@code <name>+<key id hex>}), without checking any
     * signature: for telling an operator which key a stored checkpoint needs.
     */
    public static String signers(String note) {
        List<String> names = new ArrayList<>();
        int split = note.lastIndexOf("\n\n");
        for (String line : split < 0 ? new String[0] : note.substring(split + 2).split("\n")) {
            String[] parts = line.startsWith(DASH) ? line.substring(DASH.length()).split(" ") : new String[0];
            if (parts.length != 2) {
                continue;
            }
            try {
                byte[] blob = Base64.getDecoder().decode(parts[1]);
                names.add(parts[0] + "+" + HexFormat.of().formatHex(blob, 0, Math.min(4, blob.length)));
            } catch (IllegalArgumentException e) {
                names.add(parts[0] + " (an unreadable signature)");
            }
        }
        return names.isEmpty() ? "no readable signature" : String.join(", ", names);
    }

    /** Reads a checkpoint's fields without checking any signature. */
    public static Optional<Checkpoint> parse(String note) {
        String[] lines = note.split("\n", -1);
        if (lines.length < 4) {
            return Optional.empty();
        }
        try {
            long size = Long.parseLong(lines[1]);
            byte[] root = Base64.getDecoder().decode(lines[2]);
            Instant time = null;
            for (int i = 3; i < lines.length && !lines[i].isEmpty(); i++) {
                if (lines[i].startsWith("Timestamp: ")) {
                    time = Instant.parse(lines[i].substring("Timestamp: ".length()));
                }
            }
            if (size < 0 || root.length != Merkle.HASH_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new Checkpoint(lines[0], size, root, time, note));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
