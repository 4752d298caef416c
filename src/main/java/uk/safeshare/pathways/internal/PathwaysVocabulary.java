package uk.safeshare.pathways.internal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.pathways.ReferralCommands;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.shared.IsoCodes;
/** The vocabulary every pathways page's form and list needs, for the pathways controllers only. */
@org.springframework.web.bind.annotation.ControllerAdvice(assignableTypes = {DirectoryPages.class, ReferralPages.class,
        PartnerReferralPages.class, ThirdPartyReportPages.class})
class PathwaysVocabulary {

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("specialismList", Specialism.values());
        model.addAttribute("crimeTypeList", CrimeType.values());
        model.addAttribute("consentMethods", ReferralCommands.ConsentMethod.values());
        model.addAttribute("sharedFieldList", ReferralCommands.SharedField.values());
        model.addAttribute("languageNames", IsoCodes.languages());
    }
}
