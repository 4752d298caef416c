package uk.safeshare.monitoring.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The statistics' quarter parser answers a quarter or nothing for any text; it never throws. */
class QuarterFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void any_text_is_a_quarter_or_nothing(String text) {
        Quarter.parse(text).ifPresent(Quarter::start);
    }
}
