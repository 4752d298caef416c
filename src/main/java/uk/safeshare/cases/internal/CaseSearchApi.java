package uk.safeshare.cases.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.cases.CaseSearchHit;
import uk.safeshare.shared.InvalidRequestException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "Reports, the people in them, history and break-glass access")
class CaseSearchApi {

    private final CaseSearch search;

    CaseSearchApi(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/cases/search")
    @Operation(summary = "Find cases by reference, a person's name, date of birth (YYYY-MM-DD) or area; another team's "
            + "case is named by its reference only (audited)")
    List<CaseSearchHit> search(@RequestParam(required = false) String text, @RequestParam(required = false) String dateOfBirth,
                               @RequestParam(required = false) String area) {
        LocalDate dob = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            try {
                dob = LocalDate.parse(dateOfBirth.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("dateOfBirth", "must be a date as YYYY-MM-DD");
            }
        }
        return search.search(new CaseSearch.Query(text, dob, area));
    }
}
