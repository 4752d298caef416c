package uk.safeshare.cases.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.web.DateInput;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormSubmission;

/** The case search page: find a case by a reference, a person's name, a date of birth or an area. */
@Controller
class CaseSearchPages {

    private final CaseSearch search;

    CaseSearchPages(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/cases/search")
    String search(@ModelAttribute("form") SearchForm form, BindingResult errors, Model model) {
        if (!form.asked()) {
            return "cases/search";
        }
        var dob = DateInput.read(form.getDobDay(), form.getDobMonth(), form.getDobYear(), errors, "dobDay", "Date of birth", false);
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("hits", search.search(new CaseSearch.Query(form.getText(), dob, form.getArea())));
                return "cases/search";
            } catch (InvalidRequestException e) {
                FormErrors.apply(e, errors, java.util.Map.of());
            }
        }
        FormSubmission.badRequest();
        return "cases/search";
    }

    /** What the search form sends; all of it optional, at least one part needed. */
    public static final class SearchForm {
        private String text;
        private String dobDay;
        private String dobMonth;
        private String dobYear;
        private String area;

        boolean asked() {
            return text != null || dobDay != null || area != null;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getDobDay() {
            return dobDay;
        }

        public void setDobDay(String dobDay) {
            this.dobDay = dobDay;
        }

        public String getDobMonth() {
            return dobMonth;
        }

        public void setDobMonth(String dobMonth) {
            this.dobMonth = dobMonth;
        }

        public String getDobYear() {
            return dobYear;
        }

        public void setDobYear(String dobYear) {
            this.dobYear = dobYear;
        }

        public String getArea() {
            return area;
        }

        public void setArea(String area) {
            this.area = area;
        }
    }
}
