package uk.safeshare.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the training pages and API show. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /**
     * @param roles            role names that must take the course
     * @param refresherMonths  how long a completion lasts before the course is taken again
     */
    public record Course(String code, String title, String description, List<String> roles, int refresherMonths) {
    }

    public record Completion(java.util.UUID id, String courseCode, String username, LocalDate completedOn, String source,
                             String recordedBy, Instant recordedAt) {
    }

    /** Where one person stands on one course. */
    public enum Standing {
        CURRENT("Up to date"), DUE("Refresher due within 30 days"), OVERDUE("Overdue"), NEVER_TAKEN("Not taken");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the person needs to take the course now or soon. */
        public boolean needsAction() {
            return this != CURRENT;
        }
    }

    /** @param dueOn the last day the completion counts, or null if never taken */
    public record CourseStanding(String courseCode, String courseTitle, LocalDate lastCompleted, LocalDate dueOn, Standing standing) {
    }

    public record PersonTraining(String username, String displayName, String team, List<String> roles, List<CourseStanding> courses) {
    }

    /** Counts for one course within one group (a role, a team, or everyone). */
    public record Tally(String group, String courseCode, long required, long current, long due, long overdue, long neverTaken) {
    }

    /** A supervisor's team, or everyone for governance, the DPO and administrators. */
    public record Overview(String scope, LocalDate on, List<Course> courses, List<PersonTraining> people, List<Tally> byRole,
                           List<Tally> byTeam, List<Tally> total) {
    }

    /** The outcome of an import: rows recorded, rows already held, or every bad row and nothing recorded. */
    public record CompletionImport(boolean imported, int recorded, int alreadyHeld, List<String> errors) {
    }
}
