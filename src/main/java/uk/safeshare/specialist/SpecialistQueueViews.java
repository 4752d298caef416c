package uk.safeshare.specialist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.safeshare.shared.validation.PlainText;
import uk.safeshare.shared.validation.SingleLine;

/** What the specialist caseworker's queue shows and what it is asked to do. */
public final class SpecialistQueueViews {

    private SpecialistQueueViews() {
    }

    /** Where a person stands in the queue. */
    public enum State {
        WAITING("Waiting"), HELD("Taken"), CLOSED("Closed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One person in the queue.
     *
     * @param reasons   why they are in it, in words, in the order they arose
     * @param heldBy    the caseworker's username while taken
     * @param heldByName the caseworker's name
     * @param heldFor   how long they have held it, in words ("3 hours"), while taken
     */
    public record Entry(UUID personId, UUID caseId, String caseReference, String personName, String role,
                        List<String> reasons, State state, String heldBy, String heldByName, Instant heldSince,
                        String heldFor, Instant enteredAt) {

        public Entry {
            reasons = List.copyOf(reasons);
        }
    }

    /** One person in the queue with the advice recorded for them. */
    public record EntryDetail(Entry entry, List<Advice> advice) {
        public EntryDetail {
            advice = List.copyOf(advice);
        }
    }

    public record Advice(UUID id, LocalDate givenOn, String advice, String recordedBy, Instant recordedAt) {
    }

    /** The advice a caseworker gave the person, and the day they gave it. */
    public record RecordAdvice(
            @NotBlank(message = "Enter the advice you gave") @Size(max = 4000, message = "Advice must be 4000 characters or fewer") @PlainText String advice,
            @NotNull(message = "Enter the day you gave the advice") @PastOrPresent(message = "The day you gave the advice must be today or in the past") LocalDate givenOn) {
    }

    /** A supervisor gives a taken or waiting person to one of the team's caseworkers. */
    public record Reassign(@NotBlank(message = "Choose a caseworker") @Size(max = 100) @SingleLine String username) {
    }

    /** How long, in words a supervisor reads at a glance. */
    public static String inWords(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long days = hours / 24;
        return days + " days";
    }
}
