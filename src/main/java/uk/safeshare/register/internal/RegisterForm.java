package uk.safeshare.register.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import uk.safeshare.register.RegisterCommands.OrganisationDetails;
import uk.safeshare.register.RegisteredOrganisation;
import uk.safeshare.shared.web.DateInput;
import uk.safeshare.shared.web.FormErrors.Field;

/** The register's organisation form: other names one to a line; the agreement's review date as a GOV.UK date input. */
public class RegisterForm {

    static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("name", new Field("name", "Name")), Map.entry("aliases", new Field("aliases", "Other names")),
            Map.entry("contactRoutes", new Field("contactRoutes", "Contact routes")),
            Map.entry("webhookUrl", new Field("webhookUrl", "Webhook")),
            Map.entry("accountOrganisationId", new Field("accountOrganisationId", "Partner organisation")),
            Map.entry("agreementReference", new Field("agreementReference", "Agreement reference")),
            Map.entry("agreementPurposes", new Field("agreementPurposes", "Agreement purposes")),
            Map.entry("agreementDataCategories", new Field("agreementDataCategories", "Agreement data categories")),
            Map.entry("agreementLawfulBasis", new Field("agreementLawfulBasis", "Agreement lawful basis")),
            Map.entry("agreementDocumentUrl", new Field("agreementDocumentUrl", "Signed agreement")),
            Map.entry("category", new Field("category", "Category")), Map.entry("reason", new Field("reason", "Reason")));

    private String name;
    private String aliases;
    private String contactRoutes;
    private String webhookUrl;
    private UUID accountOrganisationId;
    private boolean active = true;
    private String agreementReference;
    private String agreementPurposes;
    private String agreementDataCategories;
    private String agreementLawfulBasis;
    private String reviewDay;
    private String reviewMonth;
    private String reviewYear;
    private String agreementDocumentUrl;

    static RegisterForm of(RegisteredOrganisation o) {
        RegisterForm f = new RegisterForm();
        f.name = o.name();
        f.aliases = String.join("\n", o.aliases());
        f.contactRoutes = o.contactRoutes();
        f.webhookUrl = o.webhookUrl();
        f.accountOrganisationId = o.accountOrganisationId();
        f.active = o.active();
        if (o.agreement() != null) {
            f.agreementReference = o.agreement().reference();
            f.agreementPurposes = o.agreement().purposes();
            f.agreementDataCategories = o.agreement().dataCategories();
            f.agreementLawfulBasis = o.agreement().lawfulBasis();
            f.agreementDocumentUrl = o.agreement().documentUrl();
            LocalDate on = o.agreement().reviewOn();
            if (on != null) {
                f.reviewDay = String.valueOf(on.getDayOfMonth());
                f.reviewMonth = String.valueOf(on.getMonthValue());
                f.reviewYear = String.valueOf(on.getYear());
            }
        }
        return f;
    }

    OrganisationDetails toCommand(BindingResult errors) {
        LocalDate reviewOn = DateInput.read(reviewDay, reviewMonth, reviewYear, errors, "reviewDay", "The agreement's review date", false);
        return new OrganisationDetails(name, aliases == null ? null : Arrays.asList(aliases.split("\\R")), contactRoutes, webhookUrl,
                accountOrganisationId, active, agreementReference, agreementPurposes, agreementDataCategories,
                agreementLawfulBasis, reviewOn, agreementDocumentUrl);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String v) { aliases = v; }
    public String getContactRoutes() { return contactRoutes; }
    public void setContactRoutes(String v) { contactRoutes = v; }
    public String getWebhookUrl() { return webhookUrl; }
    public void setWebhookUrl(String v) { webhookUrl = v; }
    public UUID getAccountOrganisationId() { return accountOrganisationId; }
    public void setAccountOrganisationId(UUID v) { accountOrganisationId = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public String getAgreementReference() { return agreementReference; }
    public void setAgreementReference(String v) { agreementReference = v; }
    public String getAgreementPurposes() { return agreementPurposes; }
    public void setAgreementPurposes(String v) { agreementPurposes = v; }
    public String getAgreementDataCategories() { return agreementDataCategories; }
    public void setAgreementDataCategories(String v) { agreementDataCategories = v; }
    public String getAgreementLawfulBasis() { return agreementLawfulBasis; }
    public void setAgreementLawfulBasis(String v) { agreementLawfulBasis = v; }
    public String getReviewDay() { return reviewDay; }
    public void setReviewDay(String v) { reviewDay = v; }
    public String getReviewMonth() { return reviewMonth; }
    public void setReviewMonth(String v) { reviewMonth = v; }
    public String getReviewYear() { return reviewYear; }
    public void setReviewYear(String v) { reviewYear = v; }
    public String getAgreementDocumentUrl() { return agreementDocumentUrl; }
    public void setAgreementDocumentUrl(String v) { agreementDocumentUrl = v; }

    /** The data protection officer's category form. */
    public static class CategoryForm {
        private String category;
        private String reason;

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }
}
