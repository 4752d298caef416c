package uk.safeshare.adoption.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;

/** Pages: the version in force with what changed and "I have read it"; coverage; the DPO's setting. */
@Controller
class AdoptionPages {

    private final ProtocolAdoption adoption;
    private final Identity identity;

    AdoptionPages(ProtocolAdoption adoption, Identity identity) {
        this.adoption = adoption;
        this.identity = identity;
    }

    @GetMapping("/protocol-reading")
    String toRead(Model model) {
        model.addAttribute("toRead", adoption.toRead());
        model.addAttribute("readings", adoption.myReadings());
        model.addAttribute("seesCoverage", identity.current().hasAny(Role.SUPERVISOR, Role.GOVERNANCE, Role.DPO));
        return "adoption/read";
    }

    @PostMapping("/protocol-reading")
    String read(@RequestParam(name = "version", required = false) String version, RedirectAttributes flash) {
        var reading = adoption.recordRead(version);
        flash.addFlashAttribute("success", "You have recorded reading protocol version " + reading.protocolId());
        return "redirect:/protocol-reading";
    }

    @GetMapping("/protocol-reading/coverage")
    String coverage(Model model) {
        model.addAttribute("view", adoption.coverage());
        model.addAttribute("setting", adoption.setting());
        model.addAttribute("canSet", identity.current().has(Role.DPO));
        return "adoption/coverage";
    }

    @PostMapping("/protocol-reading/setting")
    String setting(@RequestParam(name = "unreadBlocksSharing", required = false) String value, Model model, RedirectAttributes flash,
                   jakarta.servlet.http.HttpServletResponse response) {
        Boolean blocks = "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
        if (blocks == null && identity.current().has(Role.DPO)) {
            response.setStatus(400);
            model.addAttribute("settingError", "Choose whether not having read the protocol blocks asking to share");
            return coverage(model);
        }
        adoption.changeSetting(blocks);
        flash.addFlashAttribute("success", blocks ? "Asking to share is now blocked until the version in force is read"
                : "Reviewers are now shown requests made before reading; asking is not blocked");
        return "redirect:/protocol-reading/coverage";
    }
}
