package uk.safeshare.firewall.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.Cases;
import uk.safeshare.firewall.internal.Sharing.RequestView;
import uk.safeshare.firewall.internal.SharingForms.DisclosureForm;
import uk.safeshare.firewall.internal.SharingForms.ObligationForm;
import uk.safeshare.firewall.internal.SharingForms.RequestForm;
import uk.safeshare.firewall.internal.SharingForms.ReviewForm;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.LawfulBasis;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.validation.CommandValidator;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/**
 * The firewall's pages for case-working staff: ask to share information about a person (one
 * question page), see the decision with every rule that fired, and then review, record the
 * disclosure or record an obligation met, as the request allows.
 */
@Controller
class SharingPages {

    private final SharingRequests requests;
    private final SharingViews views;
    private final SharingRepository repository;
    private final Cases cases;
    private final Identity identity;
    private final CommandValidator validator;
    private final uk.safeshare.firewall.SpecialistOffers offers;
    private final AskingToShare asking;
    private final uk.safeshare.register.Register register;
    private final ReviewingRequests reviewingRequests;
    private final Disclosing disclosing;

    private final org.springframework.beans.factory.ObjectProvider<uk.safeshare.firewall.ProtocolReading> reading;

    SharingPages(SharingRequests requests, SharingViews views, SharingRepository repository, Cases cases,
                 Identity identity, CommandValidator validator, uk.safeshare.firewall.SpecialistOffers offers, AskingToShare asking,
                 uk.safeshare.register.Register register, ReviewingRequests reviewingRequests, Disclosing disclosing,
                 org.springframework.beans.factory.ObjectProvider<uk.safeshare.firewall.ProtocolReading> reading) {
        this.reading = reading;
        this.offers = offers;
        this.asking = asking;
        this.register = register;
        this.reviewingRequests = reviewingRequests;
        this.disclosing = disclosing;
        this.requests = requests;
        this.views = views;
        this.repository = repository;
        this.cases = cases;
        this.identity = identity;
        this.validator = validator;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("stages", PathwayStage.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("lawfulBases", LawfulBasis.values());
        model.addAttribute("consents", Consent.values());
    }

    // ---- Asking ----

    @GetMapping("/cases/{caseId}/people/{personId}/sharing-requests")
    String list(@PathVariable UUID caseId, @PathVariable UUID personId, Model model) {
        model.addAttribute("requests", requests.forPerson(caseId, personId));
        model.addAttribute("caseId", caseId);
        model.addAttribute("personId", personId);
        model.addAttribute("canAsk", canAsk());
        return "sharing/list";
    }

    @GetMapping("/cases/{caseId}/people/{personId}/sharing-requests/new")
    String newRequest(@PathVariable UUID caseId, @PathVariable UUID personId,
                      @org.springframework.web.bind.annotation.RequestParam(required = false) String organisationId,
                      @org.springframework.web.bind.annotation.RequestParam(required = false) String purpose,
                      @org.springframework.web.bind.annotation.RequestParam(required = false) String q, Model model) {
        if (!canAsk()) {
            throw new ForbiddenException("Only officers and caseworkers ask to share information about a person.");
        }
        // Pre-filled when coming from a referral the person did not consent to; the officer still answers every question.
        RequestForm form = new RequestForm();
        form.setOrganisationId(organisationId);
        form.setPurpose(purpose);
        model.addAttribute("form", form);
        return requestForm(caseId, personId, q, model);
    }

    /** The question page, with the register's organisations matching the search (all active ones when there is none). */
    private String requestForm(UUID caseId, UUID personId, String q, Model model) {
        String search = q == null || q.isBlank() || q.length() > 200 ? null : q.strip();
        model.addAttribute("q", search);
        RequestForm form = (RequestForm) model.getAttribute("form");
        List<uk.safeshare.register.RegisteredOrganisation> found = new java.util.ArrayList<>(register.search(search));
        if (form != null && form.organisationId != null && !RequestForm.NOT_REGISTERED.equals(form.organisationId)) {
            try {
                UUID chosen = UUID.fromString(form.organisationId);
                if (found.stream().noneMatch(o -> o.id().equals(chosen))) {
                    register.find(chosen).filter(uk.safeshare.register.RegisteredOrganisation::active).ifPresent(o -> found.add(0, o));
                }
            } catch (IllegalArgumentException e) {
                // Not an id: the form's own check says so.
            }
        }
        model.addAttribute("organisations", found);
        return switch (cases.personInCase(caseId, personId)) {
            case CaseLookup.Found<PersonInCase> f -> {
                model.addAttribute("subject", f.value());
                yield "sharing/request-form";
            }
            case CaseLookup.NeedsBreakGlass<PersonInCase> glass -> "redirect:/cases/" + caseId + "/break-glass";
            case CaseLookup.Missing<PersonInCase> missing -> throw new NotFoundException("No person");
        };
    }

    @PostMapping("/cases/{caseId}/people/{personId}/sharing-requests")
    String ask(@PathVariable UUID caseId, @PathVariable UUID personId, @ModelAttribute("form") RequestForm form,
               BindingResult errors, Model model) {
        SharingCommands.RequestToShare command = form.toCommand(caseId, personId, errors);
        FormErrors.check(validator, command, errors, SharingForms.REQUEST_FIELDS);
        return FormSubmission.handle(errors, SharingForms.REQUEST_FIELDS, () -> requestForm(caseId, personId, null, model),
                () -> "redirect:/sharing-requests/" + asking.request(command));
    }

    // ---- The decision, and what follows ----

    @GetMapping("/sharing-requests/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(requests.get(id), model);
    }

    @PostMapping("/sharing-requests/{id}/review")
    String review(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        SharingCommands.Review command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, SharingForms.REVIEW_FIELDS);
        if (!errors.hasErrors()) {
            try {
                RequestView view = reviewingRequests.review(id, command);
                flash.addFlashAttribute("success", "Your review is recorded. The request is now: " + view.status().label());
                return "redirect:/sharing-requests/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, SharingForms.REVIEW_FIELDS);
            }
        }
        return page(requests.get(id), model);
    }

    @PostMapping("/sharing-requests/{id}/retrospective-review")
    String reviewEmergency(@PathVariable UUID id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
                           Model model, RedirectAttributes flash) {
        SharingCommands.Review command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, SharingForms.REVIEW_FIELDS);
        if (!errors.hasErrors()) {
            try {
                reviewingRequests.reviewEmergency(id, command);
                flash.addFlashAttribute("success", "Your review of the emergency disclosure is recorded");
                return "redirect:/sharing-requests/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, SharingForms.REVIEW_FIELDS);
            }
        }
        return page(requests.get(id), model);
    }

    @PostMapping("/sharing-requests/{id}/disclosure")
    String disclose(@PathVariable UUID id, @ModelAttribute("disclosureForm") DisclosureForm form, BindingResult errors,
                    Model model, RedirectAttributes flash) {
        SharingCommands.Disclosure command = form.toCommand(errors);
        FormErrors.check(validator, command, errors, SharingForms.DISCLOSURE_FIELDS);
        if (!errors.hasErrors()) {
            try {
                disclosing.disclose(id, command);
                flash.addFlashAttribute("success", "The disclosure is recorded");
                return "redirect:/sharing-requests/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, SharingForms.DISCLOSURE_FIELDS);
            }
        }
        return page(requests.get(id), model);
    }

    @PostMapping("/sharing-requests/{id}/obligations/{obligation}")
    String meet(@PathVariable UUID id, @PathVariable String obligation, @ModelAttribute("obligationForm") ObligationForm form,
                BindingResult errors, Model model, RedirectAttributes flash) {
        Obligation owed = Arrays.stream(Obligation.values()).filter(o -> o.name().equals(obligation)).findFirst()
                .orElseThrow(() -> new NotFoundException("No obligation " + obligation));
        SharingCommands.ObligationMet command = new SharingCommands.ObligationMet(form.note);
        FormErrors.check(validator, command, errors, SharingForms.OBLIGATION_FIELDS);
        if (!errors.hasErrors()) {
            try {
                disclosing.meet(id, owed, command);
                flash.addFlashAttribute("success", "Recorded: " + owed.label());
                return "redirect:/sharing-requests/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, SharingForms.OBLIGATION_FIELDS);
            }
        }
        model.addAttribute("obligationShown", owed);
        return page(requests.get(id), model);
    }

    @GetMapping("/reviews")
    String queue(Model model) {
        model.addAttribute("queue", requests.queue());
        return "sharing/queue";
    }

    private String page(RequestView view, Model model) {
        SafeShareUser user = identity.current();
        model.addAttribute("request", view);
        var allowed = views.allowed(repository.find(view.id()).orElseThrow(), user);
        model.addAttribute("canReview", allowed.review());
        model.addAttribute("canReviewEmergency", allowed.reviewAfterEmergency());
        model.addAttribute("canDisclose", view.status() == Sharing.Status.PERMITTED && canAsk());
        model.addAttribute("canRecord", user.roles().stream().anyMatch(Role::worksCases));
        model.addAttribute("byHand", SharingRequests.MET_BY_HAND);
        model.addAttribute("unreadProtocol", reading.stream().findFirst().flatMap(r -> r.reviewerNote(view.id())).orElse(null));
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm());
        }
        if (!model.containsAttribute("disclosureForm")) {
            model.addAttribute("disclosureForm", DisclosureForm.of(view));
        }
        if (!model.containsAttribute("obligationForm")) {
            model.addAttribute("obligationForm", new ObligationForm());
        }
        if (view.recipient() == uk.safeshare.firewall.protocol.Recipient.MARAC) {
            // Shared when an attendee opened the case in the meeting: say which meeting, in words, and who opened it.
            model.addAttribute("maracMeeting", MaracMeetingName.forStaff(view.recipientName()));
        }
        if (view.owes(Obligation.OFFER_SPECIALIST_REFERRAL)) {
            // Organisations that can advise on immigration or support migrant victims, and so act as intermediary.
            model.addAttribute("specialists", offers.intermediaries());
            model.addAttribute("referralNeed", "IMMIGRATION_ADVICE");
        }
        return "sharing/request";
    }

    private boolean canAsk() {
        return identity.current().hasAny(Role.OFFICER, Role.CASEWORKER);
    }
}
