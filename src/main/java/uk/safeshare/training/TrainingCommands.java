package uk.safeshare.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import uk.safeshare.identity.Role;
import uk.safeshare.shared.validation.PlainText;
import uk.safeshare.shared.validation.SingleLine;

/** Changes to training records. */
public final class TrainingCommands {

    private TrainingCommands() {
    }

    /** One completion, as the learning system or a trainer reports it. */
    public record RecordCompletion(
            @NotBlank(message = "Enter the username") @Size(max = 100) @SingleLine String username,
            @NotBlank(message = "Choose the course") @Size(max = 40) @SingleLine String courseCode,
            @NotNull(message = "Enter the date the course was completed") LocalDate completedOn) {
    }

    /** A course and who must take it, how often. */
    public record SaveCourse(
            @NotBlank(message = "Enter the course title") @Size(max = 200) @SingleLine String title,
            @NotBlank(message = "Describe the course") @Size(max = 1000) @PlainText String description,
            @NotEmpty(message = "Choose at least one role that must take it") List<@NotNull Role> roles,
            @NotNull(message = "Enter the refresher interval in months") @Min(value = 1, message = "The refresher interval is at least 1 month")
            @Max(value = 60, message = "The refresher interval is at most 60 months") Integer refresherMonths) {
    }
}
