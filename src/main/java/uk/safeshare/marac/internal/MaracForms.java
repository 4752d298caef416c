package uk.safeshare.marac.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.validation.BindingResult;
import uk.safeshare.marac.MaracCommands.NewAction;
import uk.safeshare.marac.MaracCommands.NewAttendee;
import uk.safeshare.marac.MaracCommands.ScheduleMeeting;
import uk.safeshare.shared.web.FormErrors;
import uk.safeshare.shared.web.FormErrors.Field;

/** The MARAC web forms, turned into the same commands the API takes. */
public final class MaracForms {

    static final Map<String, Field> MEETING_FIELDS = Map.of(
            "meetsOn", new Field("day", "The meeting date"),
            "area", new Field("area", "Area"),
            "chair", new Field("chair", "Chair"));

    static final Map<String, Field> ATTENDEE_FIELDS = Map.of(
            "name", new Field("name", "Name"),
            "agency", new Field("agency", "Agency"),
            "organisation", new Field("organisation", "Organisation"),
            "username", new Field("username", "SafeShare username"));

    static final Map<String, Field> ACTION_FIELDS = Map.of(
            "referralId", new Field("referralId", "Case"),
            "description", new Field("description", "The action"),
            "ownerAgency", new Field("ownerAgency", "Owning agency"),
            "owner", new Field("owner", "Owner"),
            "dueOn", new Field("dueDay", "Due date"));

    static final Map<String, Field> MINUTES_FIELDS = Map.of("text", new Field("text", "The minutes"));

    private MaracForms() {
    }

    public static final class MeetingForm {
        private String day;
        private String month;
        private String year;
        private String area;
        private String chair;

        public String getDay() { return day; }
        public void setDay(String v) { day = v; }
        public String getMonth() { return month; }
        public void setMonth(String v) { month = v; }
        public String getYear() { return year; }
        public void setYear(String v) { year = v; }
        public String getArea() { return area; }
        public void setArea(String v) { area = v; }
        public String getChair() { return chair; }
        public void setChair(String v) { chair = v; }

        ScheduleMeeting toCommand(BindingResult errors) {
            return new ScheduleMeeting(date(day, month, year, errors, "day", "The meeting date"), area, chair);
        }
    }

    public static final class AttendeeForm {
        private String name;
        private String agency;
        private String organisation;
        private String username;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getAgency() { return agency; }
        public void setAgency(String v) { agency = v; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String v) { organisation = v; }
        public String getUsername() { return username; }
        public void setUsername(String v) { username = v; }

        NewAttendee toCommand() {
            return new NewAttendee(name, agency, organisation, username);
        }
    }

    public static final class ActionForm {
        private String referralId;
        private String description;
        private String ownerAgency;
        private String owner;
        private String dueDay;
        private String dueMonth;
        private String dueYear;

        public String getReferralId() { return referralId; }
        public void setReferralId(String v) { referralId = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getOwnerAgency() { return ownerAgency; }
        public void setOwnerAgency(String v) { ownerAgency = v; }
        public String getOwner() { return owner; }
        public void setOwner(String v) { owner = v; }
        public String getDueDay() { return dueDay; }
        public void setDueDay(String v) { dueDay = v; }
        public String getDueMonth() { return dueMonth; }
        public void setDueMonth(String v) { dueMonth = v; }
        public String getDueYear() { return dueYear; }
        public void setDueYear(String v) { dueYear = v; }

        NewAction toCommand(BindingResult errors) {
            UUID referral = null;
            if (referralId != null && !referralId.isBlank()) {
                try {
                    referral = UUID.fromString(referralId.trim());
                } catch (IllegalArgumentException e) {
                    FormErrors.reject(errors, "referralId", "Select a case on this meeting’s agenda");
                }
            }
            return new NewAction(referral, description, ownerAgency, owner, date(dueDay, dueMonth, dueYear, errors, "dueDay", "The due date"));
        }
    }

    public static final class MinutesForm {
        private String text;

        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    /** A GOV.UK date input; a missing date is left to the command's own check. */
    static LocalDate date(String day, String month, String year, BindingResult errors, String field, String label) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            FormErrors.reject(errors, field, label + " must be a real date, for example 27 3 2027");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
