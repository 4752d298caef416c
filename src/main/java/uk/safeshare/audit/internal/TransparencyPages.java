package uk.safeshare.audit.internal;

import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.safeshare.audit.Checkpoint;
import uk.safeshare.audit.TransparencyLog;
import uk.safeshare.shared.NotFoundException;

/** The auditor's page: checkpoints, checking that an entry is in the log, and the witness explained. */
@Controller
class TransparencyPages {

    private final TransparencyLog log;
    private final String publicUrl;

    /** @param publicUrl the service's own address as configured, for the witness's command (never the Host header) */
    TransparencyPages(TransparencyLog log, @Value("${safeshare.public-url:http://localhost:8080}") String publicUrl) {
        this.log = log;
        this.publicUrl = publicUrl;
    }

    /** One checked entry: where it is, the signed checkpoint it was checked against, and whether the proof holds. */
    record InclusionCheck(long entry, long leafIndex, Checkpoint checkpoint, String leaf, String leafHash, List<String> hashes,
                          boolean verified) {
    }

    @GetMapping("/audit/transparency")
    String page(@RequestParam(required = false) String entry, Model model) {
        var latest = log.latestCheckpoint();
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("kept", log.keptCheckpoints(48));
        model.addAttribute("verifierKey", log.verifierKey());
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("entry", entry);
        if (entry != null) {
            String trimmed = entry.trim();
            if (!trimmed.matches("[0-9]{1,18}")) {
                model.addAttribute("entryError", "Enter the entry's number, as shown in the first column of the audit log");
            } else if (latest.isEmpty()) {
                model.addAttribute("entryError", "No checkpoint has been signed yet");
            } else {
                try {
                    var proof = log.inclusionProof(Long.parseLong(trimmed), latest.get().treeSize());
                    SignedNote.VerifierKey key = SignedNote.VerifierKey.parse(log.verifierKey());
                    boolean signed = SignedNote.open(latest.get().note(), key).isPresent();
                    boolean included = Merkle.verifyInclusion(Merkle.leafHash(proof.leaf()), proof.leafIndex(), proof.treeSize(),
                            proof.hashes(), latest.get().rootHash());
                    model.addAttribute("check", new InclusionCheck(proof.entry().seq(), proof.leafIndex(), latest.get(),
                            new String(proof.leaf(), java.nio.charset.StandardCharsets.UTF_8),
                            Base64.getEncoder().encodeToString(proof.leafHash()),
                            proof.hashes().stream().map(h -> Base64.getEncoder().encodeToString(h)).toList(), signed && included));
                } catch (NotFoundException e) {
                    model.addAttribute("entryError", e.getMessage());
                }
            }
        }
        return "audit/transparency";
    }
}
