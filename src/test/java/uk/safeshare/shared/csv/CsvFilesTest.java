package uk.safeshare.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every CSV SafeShare reads and writes goes through Apache Commons CSV. */
class CsvFilesTest {

    @Test
    void a_quoted_line_break_stays_in_its_field_and_later_rows_keep_their_numbers() {
        List<CsvFiles.Row> rows = CsvFiles.read("name,notes\n\"Harbour\",\"first line\nsecond line\"\nRiverside,\"says \"\"hello\"\", twice\"\n");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).fields()).containsExactly("Harbour", "first line\nsecond line");
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(2).fields()).containsExactly("Riverside", "says \"hello\", twice");
    }

    @Test
    void a_byte_order_mark_and_windows_line_endings_read_the_same_as_plain_unix_text() {
        String unix = "username,course,completed_on\nofficer.a,PROTOCOL,2026-01-02\n";
        String windows = "\uFEFFusername,course,completed_on\r\nofficer.a,PROTOCOL,2026-01-02\r\n";
        assertThat(CsvFiles.read(windows)).isEqualTo(CsvFiles.read(unix));
        assertThat(CsvFiles.read(windows).getFirst().field(0)).isEqualTo("username");
    }

    @Test
    void blank_lines_are_skipped_and_rows_are_numbered_as_records() {
        List<CsvFiles.Row> rows = CsvFiles.read("a,b\r\n\r\n1,2\r\n");
        assertThat(rows).extracting(CsvFiles.Row::number).containsExactly(1L, 2L);
    }

    @Test
    void a_quoted_field_never_closed_is_not_csv_and_says_which_row() {
        assertThatThrownBy(() -> CsvFiles.read("a,b\n1,\"open\n"))
                .isInstanceOf(CsvFiles.NotCsv.class).hasMessageStartingWith("Row 2:");
    }

    @Test
    void anything_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_negative_numbers_are_left_alone() {
        String csv = CsvFiles.write(List.of("name", "value"), List.of(
                List.of("=HYPERLINK(\"http://x\")", "-12"), List.of("+1", "@SUM(A1)"), List.of("-x", "plain, with comma")));
        assertThat(csv).isEqualTo("name,value\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-12\r\n"
                + "'+1,'@SUM(A1)\r\n"
                + "'-x,\"plain, with comma\"\r\n");
        assertThat(CsvFiles.read(csv).get(1).fields()).containsExactly("'=HYPERLINK(\"http://x\")", "-12");
    }

    @Test
    void what_is_written_reads_back_the_same_including_line_breaks() {
        List<List<String>> rows = List.of(List.of("two\r\nlines", "quote \" inside"), List.of("", "[c]"));
        List<CsvFiles.Row> back = CsvFiles.read(CsvFiles.write(List.of("a", "b"), rows));
        assertThat(back.get(1).fields()).containsExactly("two\r\nlines", "quote \" inside");
        assertThat(back.get(2).fields()).containsExactly("", "[c]");
    }
}
