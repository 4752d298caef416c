package uk.safeshare.monitoring.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The statistics' quarter parser answers a quarter or nothing for any text; it never throws. */
class QuarterFuzzTest {

    @FuzzTest(maxDuration = "3h") // a campaign's length is set by ops/fuzz.sh in CPU minutes; this only caps it
    void any_text_is_a_quarter_or_nothing(String text) {
        Quarter.parse(text).ifPresent(Quarter::start);
    }
}
