package uk.safeshare.youngpeople.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.youngpeople.Agency;
import uk.safeshare.youngpeople.RiskLevel;
import uk.safeshare.youngpeople.VulnerabilityKind;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionUpdate;
import uk.safeshare.youngpeople.YoungPeopleCommands.CaseLink;
import uk.safeshare.youngpeople.YoungPeopleCommands.EpisodeReturn;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewAction;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewMissingEpisode;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewProfessional;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewReview;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewVulnerability;
import uk.safeshare.youngpeople.YoungPeopleCommands.NewYoungPerson;
import uk.safeshare.youngpeople.YoungPeopleCommands.RiskChange;

/**
 * The tracker's forms as posted (text fields), turned into the same commands the API takes. A field that
 * cannot be read (a date that is not one, an unknown code) is a form error named after the field; the
 * commands' own validation follows in the services.
 */
final class PageForms {

    private final Map<String, String> form;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private PageForms(Map<String, String> form) {
        this.form = form;
    }

    static NewYoungPerson newYoungPerson(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new NewYoungPerson(f.text("givenName"), f.text("familyName"), f.date("dateOfBirth"), f.yes("careLeaver"),
                f.code("leadAgency", Agency.class), f.code("riskLevel", RiskLevel.class), f.text("riskReason"),
                f.date("nextReviewOn")));
    }

    static CaseLink link(Map<String, String> form) {
        // The pages' picker posts the case and the person as one choice, "caseId/personId"; the API sends them apart.
        String chosen = form.get("casePerson");
        if (chosen != null && chosen.contains("/")) {
            form = new java.util.HashMap<>(form);
            form.put("caseId", chosen.substring(0, chosen.indexOf('/')));
            form.put("personId", chosen.substring(chosen.indexOf('/') + 1));
        } else if (form.containsKey("casePerson")) {
            throw new InvalidRequestException("Choose the person", Map.of("casePerson", "Choose the person to link to"));
        }
        PageForms f = new PageForms(form);
        return f.done(new CaseLink(f.uuid("caseId"), f.uuid("personId")));
    }

    static NewVulnerability vulnerability(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new NewVulnerability(f.code("kind", VulnerabilityKind.class), f.text("details"), f.date("identifiedOn")));
    }

    static NewMissingEpisode episode(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new NewMissingEpisode(f.yes("fromCare"), f.time("wentMissingAt"), f.time("returnedAt"),
                f.date("returnInterviewOn"), f.text("returnInterviewBy"), f.text("notes")));
    }

    static EpisodeReturn episodeReturn(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new EpisodeReturn(f.time("returnedAt"), f.date("returnInterviewOn"), f.text("returnInterviewBy")));
    }

    static RiskChange risk(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new RiskChange(f.code("riskLevel", RiskLevel.class), f.text("reason")));
    }

    static NewProfessional professional(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new NewProfessional(f.text("name"), f.code("agency", Agency.class), f.text("jobRole")));
    }

    static NewReview review(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new NewReview(f.date("heldOn"), f.text("agencies"), f.text("outcome"), f.date("nextReviewOn")));
    }

    static NewAction action(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new NewAction(f.text("description"), f.text("owner"), f.code("ownerAgency", Agency.class), f.date("dueOn")));
    }

    static ActionUpdate actionUpdate(Map<String, String> form) {
        PageForms f = new PageForms(form);
        return f.done(new ActionUpdate(f.code("status", ActionStatus.class)));
    }

    private <T> T done(T command) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
        return command;
    }

    private String text(String field) {
        String v = form.get(field);
        return v == null || v.isBlank() ? null : v;
    }

    private boolean yes(String field) {
        return "true".equals(form.get(field)) || "yes".equals(form.get(field));
    }

    private LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a real date, like 2026-11-20");
            return null;
        }
    }

    /** A date and time as a browser's datetime-local field gives it, taken as UK time. */
    private Instant time(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v.strip()).atZone(TrackerRules.UK).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a real date and time, like 2026-11-20T21:30");
            return null;
        }
    }

    private UUID uuid(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Enter the identifier as it appears in the case's address");
            return null;
        }
    }

    private <E extends Enum<E>> E code(String field, Class<E> type) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Select one of the options");
            return null;
        }
    }
}
