package uk.safeshare.notices.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.safeshare.notices.VictimNotice;

/** The printable notice as a PDF: the same words as the page, laid out for A4. */
@Component
class NoticePdf {

    private final ITemplateEngine templates;

    NoticePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(VictimNotice notice) {
        Context context = new Context();
        context.setVariable("notice", notice);
        String xhtml = templates.process("notices/notice-print", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The notice could not be made into a PDF", e);
        }
    }
}
