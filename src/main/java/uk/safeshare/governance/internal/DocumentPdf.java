package uk.safeshare.governance.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.safeshare.governance.internal.Documents.Document;
import uk.safeshare.shared.pdf.AccessiblePdf;

/**
 * A pack or report as an accessible PDF: tagged (PDF/UA), with its title and language set and its
 * fonts embedded, so a screen reader can read it and it looks the same everywhere.
 */
@Component
class DocumentPdf {

    private final ITemplateEngine templates;
    private final org.springframework.context.ApplicationContext application;
    private final String force;

    DocumentPdf(ITemplateEngine templates, org.springframework.context.ApplicationContext application,
                @Value("${safeshare.governance.force:Northmoor Constabulary}") String force) {
        this.templates = templates;
        this.application = application;
        this.force = force;
    }

    byte[] render(Document doc, String sha256) {
        Context context = new Context(java.util.Locale.UK);
        context.setVariable("doc", doc);
        context.setVariable("sha256", sha256);
        context.setVariable("force", force);
        // The page templates name beans (@govFormat); outside a request they need the application's bean resolver.
        context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(application, null));
        context.setVariable("fontFamily", AccessiblePdf.FONT_FAMILY);
        return AccessiblePdf.render(templates.process("governance/document-print", context), "The document");
    }
}
