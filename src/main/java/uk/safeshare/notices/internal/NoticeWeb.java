package uk.safeshare.notices.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.notices.VictimNotice;
import uk.safeshare.notices.VictimNotice.GiveNotice;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.pdf.AccessiblePdf;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/** The victim notice: a printable page, a PDF, and recording that it was given. */
final class NoticeWeb {

    private NoticeWeb() {
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, UUID personId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename("notice-" + personId + ".pdf").build().toString())
                .header("Cache-Control", "no-store")
                .body(pdf);
    }

    @Controller
    static class Pages {

        private final VictimNotices notices;
        private final NoticePdf pdf;
        private final CommandValidator validator;

        Pages(VictimNotices notices, NoticePdf pdf, CommandValidator validator) {
            this.notices = notices;
            this.pdf = pdf;
            this.validator = validator;
        }

        @GetMapping("/cases/{caseId}/people/{personId}/notice")
        String notice(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(required = false) String lang, Model model) {
            model.addAttribute("form", new GivenForm());
            return show(caseId, personId, lang, model);
        }

        /** The notice page: the notice in the language asked for, written in that language's direction. */
        private String show(UUID caseId, UUID personId, String lang, Model model) {
            VictimNotice notice = notices.build(caseId, personId, lang);
            model.addAttribute("notice", notice);
            model.addAttribute("dir", AccessiblePdf.direction(notice.translationAvailable() ? notice.language() : "en"));
            model.addAttribute("caseId", caseId);
            model.addAttribute("personId", personId);
            model.addAttribute("methods", VictimNotice.Method.values());
            model.addAttribute("languages", IsoCodes.languages());
            return "notices/notice";
        }

        @GetMapping(value = "/cases/{caseId}/people/{personId}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
        @ResponseBody
        ResponseEntity<byte[]> noticePdf(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(required = false) String lang) {
            return pdf(pdf.render(notices.build(caseId, personId, lang)), personId);
        }

        @PostMapping("/cases/{caseId}/people/{personId}/notice/given")
        String given(@PathVariable UUID caseId, @PathVariable UUID personId, @ModelAttribute("form") GivenForm form, BindingResult errors,
                     Model model, RedirectAttributes flash) {
            try {
                GiveNotice command = new GiveNotice(form.getMethod(), form.getLanguage(), form.isInterpreterUsed(), form.getNotes());
                validator.validate(command);
                int met = notices.recordGiven(caseId, personId, command);
                flash.addFlashAttribute("success", "Recorded that the notice was given"
                        + (met > 0 ? "; the duty to tell the person about " + met + " disclosure(s) is met" : ""));
                return "redirect:/cases/" + caseId + "/people/" + personId + "/notice";
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, Map.of("method", new FormErrors.Field("method", "How it was given"),
                        "language", new FormErrors.Field("language", "Language"),
                        "interpreterUsed", new FormErrors.Field("interpreterUsed", "Interpreter"),
                        "notes", new FormErrors.Field("notes", "Notes")));
                FormSubmission.badRequest();
                return show(caseId, personId, null, model);
            }
        }
    }

    @RestController
    @Tag(name = "Victim notices", description = "What will and has been shared about a victim or witness, who can help, their rights")
    static class Api {

        private final VictimNotices notices;
        private final NoticePdf pdf;

        Api(VictimNotices notices, NoticePdf pdf) {
            this.notices = notices;
            this.pdf = pdf;
        }

        @GetMapping("/api/v1/cases/{caseId}/people/{personId}/notice")
        @Operation(summary = "The person's notice, in their language if a checked translation exists (lang: ISO 639-1)")
        VictimNotice notice(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(required = false) String lang) {
            return notices.build(caseId, personId, lang);
        }

        @Operation(summary = "The person's victim notice as a printable PDF")
        @GetMapping(value = "/api/v1/cases/{caseId}/people/{personId}/notice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
        ResponseEntity<byte[]> noticePdf(@PathVariable UUID caseId, @PathVariable UUID personId, @RequestParam(required = false) String lang) {
            return pdf(pdf.render(notices.build(caseId, personId, lang)), personId);
        }

        @PostMapping("/api/v1/cases/{caseId}/people/{personId}/notice/given")
        @Operation(summary = "Record that the notice was given; meets every 'tell the person' obligation owed on disclosures about them")
        Map<String, Integer> given(@PathVariable UUID caseId, @PathVariable UUID personId, @Valid @RequestBody GiveNotice command) {
            return Map.of("obligationsMet", notices.recordGiven(caseId, personId, command));
        }
    }

    public static final class GivenForm {
        private VictimNotice.Method method;
        private String language = "en";
        private boolean interpreterUsed;
        private String notes;

        public VictimNotice.Method getMethod() { return method; }
        public void setMethod(VictimNotice.Method v) { method = v; }
        public String getLanguage() { return language; }
        public void setLanguage(String v) { language = v; }
        public boolean isInterpreterUsed() { return interpreterUsed; }
        public void setInterpreterUsed(boolean v) { interpreterUsed = v; }
        public String getNotes() { return notes; }
        public void setNotes(String v) { notes = v; }
    }
}
