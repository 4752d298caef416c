package uk.safeshare.pathways.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import uk.safeshare.shared.InvalidRequestException;

/** Any text given as a directory import is split into rows, or refused as a request problem; nothing else may escape. */
class CsvFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void any_text_is_split_into_rows_or_refused(String text) {
        if (text == null) {
            return; // the import never passes null: an empty upload is refused before
        }
        try {
            for (var row : Csv.parse(text)) {
                Csv.line(row); // what is read can be written back (the export)
            }
        } catch (InvalidRequestException refused) {
            // reported to the person importing
        }
    }
}
