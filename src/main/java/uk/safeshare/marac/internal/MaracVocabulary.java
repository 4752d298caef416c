package uk.safeshare.marac.internal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.marac.MaracAgency;
import uk.safeshare.marac.MaracViews.ActionStatus;

/** The agencies and action statuses that the MARAC pages' forms offer to choose from. */
@ControllerAdvice(assignableTypes = {MaracPages.class, MaracSummaryPages.class, MeetingAttendancePages.class, MeetingRecordPages.class})
class MaracVocabulary {

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("agencies", MaracAgency.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
    }
}
