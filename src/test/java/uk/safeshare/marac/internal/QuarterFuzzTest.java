package uk.safeshare.marac.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import uk.safeshare.shared.InvalidRequestException;

/** A quarter typed by anyone is a quarter or a request problem; the MARAC summary's parser never fails otherwise. */
class QuarterFuzzTest {

    @FuzzTest(maxDuration = "3h") // a campaign's length is set by ops/fuzz.sh in CPU minutes; this only caps it
    void any_text_is_a_quarter_or_a_request_problem(FuzzedDataProvider data) {
        LocalDate today = LocalDate.of(2000, 1, 1).plusDays(data.consumeInt(0, 200 * 366));
        try {
            Quarter.parse(data.consumeRemainingAsString(), today);
        } catch (InvalidRequestException refused) {
            // shown beside the field
        }
    }
}
