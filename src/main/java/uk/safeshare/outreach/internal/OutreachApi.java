package uk.safeshare.outreach.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.safeshare.outreach.OutreachViews.Activity;
import uk.safeshare.outreach.OutreachViews.AreaOutcome;
import uk.safeshare.outreach.OutreachViews.NewActivity;

/** The outreach log over JSON (governance, caseworkers). */
@RestController
@RequestMapping("/api/v1/outreach")
@Tag(name = "Outreach", description = "Publicity and confidence activity, and reports and referrals in each area before and after it")
class OutreachApi {

    private final OutreachLog log;
    private final OutreachOutcomes outcomes;

    OutreachApi(OutreachLog log, OutreachOutcomes outcomes) {
        this.log = log;
        this.outcomes = outcomes;
    }

    @GetMapping("/activities")
    @Operation(summary = "Every outreach activity recorded, newest first")
    List<Activity> activities() {
        return log.activities();
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an outreach activity: date, kind of venue, area, languages (ISO 639-1), materials, partner, reach")
    Activity record(@RequestBody NewActivity body) {
        return log.record(body);
    }

    @GetMapping("/outcomes")
    @Operation(summary = "For each area with activity: third-party reports and referrals by quarter before and after its first activity (disclosure-controlled)")
    List<AreaOutcome> outcomes() {
        return outcomes.outcomes();
    }
}
