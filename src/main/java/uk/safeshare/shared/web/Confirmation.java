package uk.safeshare.shared.web;

import org.springframework.ui.Model;

/**
 * The page that asks "Are you sure?" before an action that cannot be undone: the action's button only leads here,
 * and this page's button posts it. Shown by the one template {@code confirm.html}.
 */
public final class Confirmation {

    private Confirmation() {
    }

    public static String ask(Model model, String title, String question, String consequence, String action, String button,
                             String cancel, String caption) {
        model.addAttribute("title", title);
        model.addAttribute("question", question);
        model.addAttribute("consequence", consequence);
        model.addAttribute("action", action);
        model.addAttribute("button", button);
        model.addAttribute("cancel", cancel);
        model.addAttribute("caption", caption);
        return "confirm";
    }
}
