package uk.safeshare.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeshare.audit.AuditEntry;
import uk.safeshare.shared.audit.AuditAction;

/**
 * The verifier's fast leaf encoding, fed rows as PostgreSQL's driver hands them over (text columns
 * as UTF-8 bytes, times as "2026-12-01 14:16:17.1234+00"), gives exactly {@link LeafEncoding}'s
 * bytes, and leaves any row not in SafeShare's canonical form to {@code LeafEncoding} itself.
 */
class LeafRowsTest {

    private static final UUID A = UUID.fromString("0b3c6a0e-1f2d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID B = UUID.fromString("7c8d9e0f-a1b2-4c3d-9e4f-5a6b7c8d9e0f");

    @Test
    void entries_of_every_shape_encode_exactly_as_the_leaf_format_says() throws Exception {
        String[] times = {"2026-12-01 14:16:17+00", "2026-12-01 14:16:17.1+00", "2026-12-01 14:16:17.123+00",
                "2026-12-01 14:16:17.1234+00", "2026-12-01 14:16:17.000001+00", "2026-12-01 00:00:00.12345+00"};
        LeafRows rows = new LeafRows(true);
        int i = 0;
        for (String time : times) {
            for (String people : new String[]{null, "", A.toString(), A + "," + B}) {
                Map<String, String> row = row(++i, time, people, i % 2 == 0 ? null : "Weiß — “quoted” détails 🙂 " + i);
                int length = rows.encode(resultSet(row));
                assertThat(Arrays.copyOf(rows.buffer(), length)).as(time + " " + people)
                        .isEqualTo(LeafEncoding.encode(entry(row)));
            }
        }
        assertThat(rows.slowRows()).as("every row was in canonical form").isZero();
    }

    @Test
    void a_row_not_in_canonical_form_goes_through_the_leaf_encoding_itself() throws Exception {
        LeafRows rows = new LeafRows(true);
        for (int i = 0; i < 20; i++) {
            rows.encode(resultSet(row(i + 1, "2026-12-01 14:16:17.5+00", A.toString(), "warming up")));
        }
        List<Map<String, String>> odd = List.of(
                row(100, "2026-12-01 15:16:17.5+01", A.toString(), "another time zone"),
                row(101, "2026-12-01 14:16:17.5+00", B + "," + A, "people out of order"),
                row(102, "2026-12-01 14:16:17.5+00", A.toString().toUpperCase(), "upper-case people"));
        for (Map<String, String> row : odd) {
            int length = rows.encode(resultSet(row));
            assertThat(Arrays.copyOf(rows.buffer(), length)).as(row.get("details")).isEqualTo(LeafEncoding.encode(entry(row)));
        }
        assertThat(rows.slowRows()).isEqualTo(3);
    }

    private static Map<String, String> row(long seq, String time, String people, String details) {
        Map<String, String> row = new HashMap<>();
        row.put("seq", Long.toString(seq));
        row.put("occurred_at", time);
        row.put("actor", "officer.a [with API token 'x' (" + A + ")]");
        row.put("action", AuditAction.COLLECTION.name());
        row.put("case_id", seq % 3 == 0 ? null : B.toString());
        row.put("person_ids", people);
        row.put("justification", seq % 2 == 0 ? "break-glass: safeguarding" : null);
        row.put("recipient", null);
        row.put("request_id", "req-" + seq);
        row.put("details", details);
        row.put("leaf_index", Long.toString(seq - 1));
        return row;
    }

    /** What EntryRows would read from the row, for the reference encoding. */
    private static AuditEntry entry(Map<String, String> row) {
        String time = row.get("occurred_at");
        String offset = time.substring(time.length() - 3);
        OffsetDateTime at = OffsetDateTime.parse(time.substring(0, time.length() - 3).replace(' ', 'T') + offset + ":00");
        String people = row.get("person_ids");
        List<UUID> ids = people == null || people.isEmpty() ? List.of() : Arrays.stream(people.split(",")).map(UUID::fromString).toList();
        return new AuditEntry(Long.parseLong(row.get("seq")), at.toInstant(), row.get("actor"), AuditAction.valueOf(row.get("action")),
                row.get("case_id") == null ? null : UUID.fromString(row.get("case_id")), ids, row.get("justification"),
                row.get("recipient"), row.get("request_id"), row.get("details"), Long.parseLong(row.get("leaf_index")));
    }

    /** A result set positioned on the row, answering as PostgreSQL's driver does for the verifier's query. */
    private static ResultSet resultSet(Map<String, String> row) {
        String[] byIndex = {null, null, null, null, null, "seq", "occurred_at", "actor", "action", "case_id", "person_ids",
                "justification", "recipient", "request_id", "details"};
        boolean[] wasNull = new boolean[1];
        return (ResultSet) Proxy.newProxyInstance(LeafRowsTest.class.getClassLoader(), new Class<?>[]{ResultSet.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("wasNull")) {
                        return wasNull[0];
                    }
                    String column = args[0] instanceof Integer n ? byIndex[n] : (String) args[0];
                    String value = row.get(column);
                    wasNull[0] = value == null;
                    return switch (method.getName()) {
                        case "getBytes" -> value == null ? null : value.getBytes(StandardCharsets.UTF_8);
                        case "getString" -> value;
                        case "getLong" -> value == null ? 0L : Long.parseLong(value);
                        case "getObject" -> value == null ? null : args.length > 1 && args[1] == OffsetDateTime.class
                                ? OffsetDateTime.parse(value.substring(0, value.length() - 3).replace(' ', 'T')
                                        + value.substring(value.length() - 3) + ":00").withOffsetSameInstant(ZoneOffset.UTC)
                                : UUID.fromString(value);
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
