package uk.safeshare.notices;

import uk.safeshare.shared.validation.SingleLine;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import uk.safeshare.shared.validation.PlainText;

/** A victim's or witness's notice: every sentence already in the notice's language, from SafeShare's own records. */
public record VictimNotice(String language, String languageName, boolean translationAvailable, String title, String forWhom,
                           String intro, Section immigration, Section circumstances, Section shared, Section refused,
                           Section help, Section rights, String footer, String protocolId, String protocolHash,
                           Instant generatedAt, List<Given> given) {

    /** A heading and its paragraphs (or list items). */
    public record Section(String heading, List<String> paragraphs) {
    }

    public enum Method {
        PRINTED_AND_HANDED_OVER("Printed and handed over"),
        READ_ALOUD("Read aloud"),
        THROUGH_INTERPRETER("Explained through an interpreter"),
        SENT_BY_EMAIL("Sent by e-mail"),
        THROUGH_SUPPORT_ORGANISATION("Given through the support organisation");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Recording that the notice was given: this is how the person is told, and it discharges the firewall's obligation. */
    public record GiveNotice(
            @NotNull(message = "Select how the notice was given") Method method,
            @NotNull(message = "Select the language it was given in") @Size(min = 2, max = 3) @SingleLine String language,
            boolean interpreterUsed,
            @Size(max = 1000) @PlainText String notes) {
    }

    public record Given(String givenBy, Instant givenAt, Method method, String language, boolean interpreterUsed, String notes,
                        int obligationsMet) {
    }
}
