package uk.safeshare.firewall.protocol;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Any bytes given as a protocol file are read, or refused with the problems listed; nothing else may escape. */
class ProtocolParserFuzzTest {

    private static final ProtocolParser PARSER = new ProtocolParser();

    @FuzzTest(maxDuration = "3h") // a campaign's length is set by ops/fuzz.sh in CPU minutes; this only caps it
    void any_file_is_read_or_refused_with_its_problems(byte[] file) {
        try {
            PARSER.parse(file);
        } catch (ProtocolValidationException refused) {
            // the DPO is shown these problems; nothing was stored
        }
    }
}
