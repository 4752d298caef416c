package uk.safeshare.notices.internal;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.safeshare.notices.VictimNotice;
import uk.safeshare.shared.pdf.AccessiblePdf;

/** The printable notice as a tagged PDF (PDF/UA) with its fonts embedded: the same words as the page, laid out for A4. */
@Component
class NoticePdf {

    private final ITemplateEngine templates;

    NoticePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(VictimNotice notice) {
        Context context = new Context();
        context.setVariable("notice", notice);
        context.setVariable("fontFamily", AccessiblePdf.FONT_FAMILY);
        // A translation into a right-to-left language (Arabic, Urdu, Farsi...) starts its lines at the right.
        context.setVariable("dir", AccessiblePdf.direction(notice.translationAvailable() ? notice.language() : "en"));
        return AccessiblePdf.render(templates.process("notices/notice-print", context), "The notice");
    }
}
