package uk.safeshare.cases.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class BreakGlassPages {

    private final BreakGlass breakGlass;

    BreakGlassPages(BreakGlass breakGlass) {
        this.breakGlass = breakGlass;
    }

    @GetMapping("/break-glass")
    String uses(Model model) {
        model.addAttribute("uses", breakGlass.recentUses());
        return "break-glass-uses";
    }
}
