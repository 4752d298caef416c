package uk.safeshare.pathways.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import uk.safeshare.shared.csv.CsvFiles;

/** Any text given as a directory import is split into rows (Apache Commons CSV), or refused as not CSV; nothing else may escape. */
class CsvFuzzTest {

    @FuzzTest(maxDuration = "3h") // a campaign's length is set by ops/fuzz.sh in CPU minutes; this only caps it
    void any_text_is_split_into_rows_or_refused(String text) {
        if (text == null) {
            return; // the import never passes null: an empty upload is refused before
        }
        try {
            for (var row : CsvFiles.read(text)) {
                CsvFiles.line(row.fields()); // what is read can be written back (the export)
            }
        } catch (CsvFiles.NotCsv refused) {
            // reported to the person importing
        }
    }
}
