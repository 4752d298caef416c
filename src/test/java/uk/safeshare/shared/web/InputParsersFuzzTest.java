package uk.safeshare.shared.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashMap;
import org.springframework.validation.MapBindingResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.identity.UserCommands.CreateUser;

/**
 * The dates typed into forms and the JSON bodies of commands, read as the application reads them: a
 * value or a refusal (a field error, a Jackson problem that becomes a 400), never another exception.
 */
class InputParsersFuzzTest {

    private static final JsonMapper STRICT = strict();

    private static JsonMapper strict() {
        var builder = JsonMapper.builder();
        new StrictJson().strictJsonReading().customize(builder);
        return builder.build();
    }

    @FuzzTest(maxDuration = "3h") // a campaign's length is set by ops/fuzz.sh in CPU minutes; this only caps it
    void any_day_month_and_year_is_a_date_or_a_field_error(FuzzedDataProvider data) {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        DateInput.read(data.consumeString(12), data.consumeString(12), data.consumeRemainingAsString(), errors, "when", "When", true);
    }

    @FuzzTest(maxDuration = "3h") // a campaign's length is set by ops/fuzz.sh in CPU minutes; this only caps it
    void any_json_body_is_a_command_or_a_400(FuzzedDataProvider data) {
        Class<?> type = switch (data.consumeInt(0, 2)) {
            case 0 -> ReportDetails.class;
            case 1 -> PersonDetails.class;
            default -> CreateUser.class;
        };
        try {
            STRICT.readValue(data.consumeRemainingAsBytes(), type);
        } catch (JacksonException refused) {
            // ApiProblemHandler answers these with a 400 naming the field
        }
    }
}
