package uk.safeshare.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeshare.audit.AuditEntry;

/**
 * The verifier's leaf encoding from PostgreSQL's binary copy (times as microseconds since 2000, the
 * case as 16 bytes, text as UTF-8) gives exactly {@link LeafEncoding}'s bytes, leaves any row not in
 * SafeShare's canonical form to {@code LeafEncoding} itself, and fails on an unreadable row with
 * the message the other path gives.
 */
class CopiedLeavesTest {

    private static final UUID A = UUID.fromString("0b3c6a0e-1f2d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID B = UUID.fromString("7c8d9e0f-a1b2-4c3d-9e4f-5a6b7c8d9e0f");

    /** One stored row, with the defaults of an ordinary entry. */
    private record Row(long seq, Instant at, String actor, String action, UUID caseId, String people, String why, String to,
                       String request, String details) {

        static Row ordinary(long seq) {
            return new Row(seq, Instant.parse("2026-12-01T14:16:17.123456Z"), "officer.a", "CONSULTATION", A, A.toString(),
                    "sealed:why", null, "req-" + seq, "details " + seq);
        }

        Row at(Instant time) {
            return new Row(seq, time, actor, action, caseId, people, why, to, request, details);
        }

        Row people(String value) {
            return new Row(seq, at, actor, action, caseId, value, why, to, request, details);
        }

        Row action(String value) {
            return new Row(seq, at, actor, value, caseId, people, why, to, request, details);
        }

        Row details(String value) {
            return new Row(seq, at, actor, action, caseId, people, why, to, request, value);
        }

        Row noCase() {
            return new Row(seq, at, actor, action, null, people, null, null, request, details);
        }

        AuditEntry entry() {
            return EntryRows.of(seq, at, actor, action, caseId, people, why, to, request, details, null);
        }
    }

    @Test
    void entries_of_every_shape_encode_exactly_as_the_leaf_format_says() {
        Instant[] times = {Instant.parse("2026-12-01T14:16:17Z"), Instant.parse("2026-12-01T14:16:17.100Z"),
                Instant.parse("2026-12-01T14:16:17.123Z"), Instant.parse("2026-12-01T14:16:17.123400Z"),
                Instant.parse("2026-12-01T14:16:17.000001Z"), Instant.parse("2026-12-01T00:00:00.123450Z"),
                Instant.parse("1999-12-31T23:59:59.999999Z"), Instant.parse("2000-01-01T00:00:00Z")};
        CopiedLeaves leaves = new CopiedLeaves();
        long seq = 0;
        for (Instant time : times) {
            for (String people : new String[]{null, "", A.toString(), A + "," + B}) {
                seq++;
                Row row = Row.ordinary(seq * 1_000_003L).at(time).people(people);
                row = seq % 2 == 0 ? row.noCase() : row.details("Weiß — “quoted” détails 🙂 <b>' OR 1=1 -- " + seq);
                assertThat(encode(leaves, row)).as(time + " " + people).isEqualTo(LeafEncoding.encode(row.entry()));
            }
        }
        assertThat(leaves.slowRows()).as("every row was in canonical form").isZero();
    }

    @Test
    void a_row_not_in_canonical_form_goes_through_the_leaf_encoding_itself() {
        CopiedLeaves leaves = new CopiedLeaves();
        for (int i = 1; i <= 20; i++) {
            encode(leaves, Row.ordinary(i));
        }
        Row[] odd = {Row.ordinary(100).people(B + "," + A), Row.ordinary(101).people(A.toString().toUpperCase()),
                Row.ordinary(102).at(Instant.parse("+12026-01-01T00:00:00Z"))};
        for (Row row : odd) {
            assertThat(encode(leaves, row)).as(row.toString()).isEqualTo(LeafEncoding.encode(row.entry()));
        }
        assertThat(leaves.slowRows()).isEqualTo(odd.length);
    }

    @Test
    void a_row_that_cannot_be_read_fails_as_it_does_on_the_other_path() {
        CopiedLeaves leaves = new CopiedLeaves();
        Row unknownAction = Row.ordinary(7).action("FORGOTTEN");
        Row badPerson = Row.ordinary(8).people("not-a-uuid");
        for (Row row : new Row[]{unknownAction, badPerson}) {
            String expected = catchMessage(row::entry);
            assertThatThrownBy(() -> encode(leaves, row)).hasMessage(expected);
        }
    }

    @Test
    void rows_are_read_in_turn_whether_a_message_holds_one_or_several_and_the_trailer_ends_them() throws Exception {
        CopiedLeaves leaves = new CopiedLeaves();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(header());
        first.writeBytes(tuple(Row.ordinary(1)));
        first.writeBytes(tuple(Row.ordinary(2)));
        CopyTuples copy = tuples(first.toByteArray(), tuple(Row.ordinary(3)), TRAILER);
        for (long seq = 1; seq <= 3; seq++) {
            assertThat(copy.next()).isTrue();
            assertThat(CopiedLeaves.seq(copy)).isEqualTo(seq);
            assertThat(Arrays.copyOf(leaves.buffer(), leaves.encode(copy))).isEqualTo(LeafEncoding.encode(Row.ordinary(seq).entry()));
        }
        assertThat(copy.next()).isFalse();
        assertThat(copy.next()).isFalse();
    }

    @Test
    void anything_but_a_binary_copy_or_a_copy_cut_short_is_refused() {
        assertThatThrownBy(() -> tuples("seq\tat\n1\t2026-12-01\n".getBytes(StandardCharsets.UTF_8)).next())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("binary copy");
        byte[] row = tuple(Row.ordinary(1));
        assertThatThrownBy(() -> tuples(header(), Arrays.copyOf(row, row.length - 3)).next())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> {
            CopyTuples copy = tuples(header(), row);
            copy.next();
            copy.next();
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("without its trailer");
    }

    private static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};

    private static CopyTuples tuples(byte[]... messages) {
        java.util.Iterator<byte[]> each = java.util.List.of(messages).iterator();
        return new CopyTuples(() -> each.hasNext() ? each.next() : null, CopiedLeaves.FIELDS);
    }

    private static byte[] encode(CopiedLeaves leaves, Row row) {
        CopyTuples copy = tuples(header(), tuple(row), TRAILER);
        try {
            assertThat(copy.next()).isTrue();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(CopiedLeaves.seq(copy)).isEqualTo(row.seq());
        return Arrays.copyOf(leaves.buffer(), leaves.encode(copy));
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the row to be unreadable");
    }

    /** PostgreSQL's binary copy header: signature, flags, no extension. */
    private static byte[] header() {
        return ByteBuffer.allocate(19).put(new byte[]{'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0})
                .putInt(0).putInt(0).array();
    }

    /** One tuple as PostgreSQL sends it: field count, then each field's length (-1 for null) and bytes. */
    private static byte[] tuple(Row row) {
        ByteBuffer b = ByteBuffer.allocate(4096);
        b.putShort((short) 10);
        b.putInt(8).putLong(row.seq());
        long micros = (row.at().getEpochSecond() - 946_684_800L) * 1_000_000L + row.at().getNano() / 1000;
        b.putInt(8).putLong(micros);
        text(b, row.actor());
        text(b, row.action());
        if (row.caseId() == null) {
            b.putInt(-1);
        } else {
            b.putInt(16).putLong(row.caseId().getMostSignificantBits()).putLong(row.caseId().getLeastSignificantBits());
        }
        text(b, row.people());
        text(b, row.why());
        text(b, row.to());
        text(b, row.request());
        text(b, row.details());
        return Arrays.copyOf(b.array(), b.position());
    }

    private static void text(ByteBuffer b, String value) {
        if (value == null) {
            b.putInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        b.putInt(bytes.length).put(bytes);
    }
}
