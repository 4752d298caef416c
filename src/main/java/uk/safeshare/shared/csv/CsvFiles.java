package uk.safeshare.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Reading and writing CSV (RFC 4180) for imports and downloads. Reading takes quoted fields with
 * commas, doubled quotes and line breaks, a byte-order mark and Windows or Unix line endings, and
 * numbers every row as a person counts them in a spreadsheet (the header is row 1), so that an
 * import can name each bad row. Writing neutralises anything a spreadsheet would run as a formula.
 */
public final class CsvFiles {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n").get();

    private CsvFiles() {
    }

    /** One row as read: its number in the file (the header is row 1) and its fields. */
    public record Row(long number, List<String> fields) {

        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A file that is not CSV at all (for example a quoted field never closed). */
    public static final class NotCsv extends IllegalArgumentException {
        public NotCsv(String message) {
            super(message);
        }
    }

    /**
     * Every row of the text, header included, blank lines left out.
     *
     * @throws NotCsv when the text cannot be read as CSV, naming the row where reading stopped
     */
    public static List<Row> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(s)).setFormat(READ).get()) {
            long number = 0;
            try {
                for (CSVRecord record : parser) {
                    number++;
                    List<String> fields = record.toList();
                    if (fields.size() == 1 && fields.getFirst().isEmpty()) {
                        number--;
                        continue;
                    }
                    rows.add(new Row(number, fields));
                }
            } catch (UncheckedIOException e) {
                throw new NotCsv("Row " + (number + 1) + ": the file is not valid CSV there (" + reason(e) + ")");
            }
        } catch (IOException e) {
            throw new NotCsv("The file is not valid CSV (" + e.getMessage() + ")");
        }
        return rows;
    }

    /** A whole file: the header, then each row; CRLF line endings, as spreadsheets expect. */
    public static String write(List<String> header, List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            if (header != null) {
                printer.printRecord(header.stream().map(CsvFiles::neutralise).toList());
            }
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvFiles::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One line, ending CRLF. */
    public static String line(List<String> fields) {
        return write(null, List.of(fields));
    }

    /**
     * A value a spreadsheet would run as a formula (leading =, +, -, @, tab or carriage return) is
     * written with a leading apostrophe, so it shows as text. Negative numbers are left alone.
     */
    static String neutralise(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-\\d+(\\.\\d+)?")) {
            return "'" + v;
        }
        return v;
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
        return message.contains("EOF") ? "a quoted field is not closed" : "a quote is misplaced";
    }
}
