package uk.safeshare.firewall.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.firewall.internal.ProtocolDrafts.Draft;
import uk.safeshare.firewall.protocol.ProtocolValidationException;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.InvalidRequestException;

/**
 * The protocol as a readable document for everyone signed in, and the data protection officer's
 * pages to draft a new version, replay it against past requests and publish it.
 */
@Controller
class ProtocolPages {

    private final ProtocolDrafts protocol;
    private final ProtocolReplays replays;
    private final Identity identity;

    ProtocolPages(ProtocolDrafts protocol, ProtocolReplays replays, Identity identity) {
        this.protocol = protocol;
        this.replays = replays;
        this.identity = identity;
    }

    @GetMapping("/protocol")
    String inForce(Model model) {
        model.addAttribute("protocol", protocol.inForce());
        model.addAttribute("versions", protocol.versions());
        model.addAttribute("isDpo", identity.current().has(Role.DPO));
        return "protocol/show";
    }

    @GetMapping("/protocol/versions/{id}")
    String version(@PathVariable String id, Model model) {
        model.addAttribute("protocol", protocol.version(id));
        model.addAttribute("versions", protocol.versions());
        model.addAttribute("isDpo", identity.current().has(Role.DPO));
        return "protocol/show";
    }

    @GetMapping("/protocol/versions/{id}/file")
    ResponseEntity<String> file(@PathVariable String id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(id.replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml").build().toString())
                .body(protocol.versionFile(id));
    }

    @GetMapping("/protocol/drafts")
    String drafts(Model model) {
        model.addAttribute("drafts", protocol.drafts());
        model.addAttribute("inForce", protocol.inForce());
        return "protocol/drafts";
    }

    @PostMapping("/protocol/drafts")
    String draft(@RequestParam(required = false) String content, @RequestParam(required = false) MultipartFile file,
                 Model model) {
        try {
            String text = content;
            if (file != null && !file.isEmpty()) {
                text = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
            Draft draft = protocol.draft(text);
            return "redirect:/protocol/drafts/" + draft.id();
        } catch (ProtocolValidationException e) {
            model.addAttribute("problems", e.problems());
        } catch (IOException e) {
            model.addAttribute("problems", List.of("The uploaded file could not be read. Try again, or paste its text."));
        }
        model.addAttribute("pasted", content);
        model.addAttribute("drafts", protocol.drafts());
        model.addAttribute("inForce", protocol.inForce());
        return "protocol/drafts";
    }

    @GetMapping("/protocol/drafts/{id}")
    String draft(@PathVariable UUID id, Model model) {
        model.addAttribute("draft", protocol.draftById(id));
        model.addAttribute("protocol", protocol.draftView(id));
        model.addAttribute("differences", protocol.differencesFromInForce(id));
        model.addAttribute("inForce", protocol.inForce());
        model.addAttribute("replays", replays.replaysOf(id));
        model.addAttribute("file", protocol.draftFile(id));
        return "protocol/draft";
    }

    @PostMapping("/protocol/drafts/{id}/replays")
    String replay(@PathVariable UUID id, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String todaysRegister,
                  Model model) {
        try {
            UUID replay = replays.replay(id, date(from, "from"), date(to, "to"), "true".equals(todaysRegister));
            return "redirect:/protocol/replays/" + replay;
        } catch (InvalidRequestException e) {
            model.addAttribute("replayProblem", e.getMessage());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            return draft(id, model);
        }
    }

    @GetMapping("/protocol/replays/{id}")
    String replay(@PathVariable UUID id, Model model) {
        model.addAttribute("replay", replays.replayById(id));
        return "protocol/replay";
    }

    @PostMapping("/protocol/drafts/{id}/publish")
    String publish(@PathVariable UUID id, Model model, RedirectAttributes flash) {
        try {
            var published = protocol.publish(id);
            flash.addFlashAttribute("success", "Version " + published.id() + " is published and now in force");
            return "redirect:/protocol";
        } catch (ProtocolValidationException e) {
            model.addAttribute("publishProblems", e.problems());
            return draft(id, model);
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(field, "Enter dates as year-month-day, for example 2026-01-31");
        }
    }
}
