package uk.safeshare.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeshare.shared.statistics.LinearModel;

/**
 * An intruder with only what is published: the figures shown, which cells are totals of which,
 * and what the notes say about how the tables relate (the same requests counted by different
 * characteristics; one table a subset of another). For each suppressed cell it works out the exact
 * range of whole numbers the cell could hold; a range of one value means the cell is disclosed.
 */
public final class Attacker {

    /** A published table: null where a cell is not shown; the last row and last column may be totals. */
    public record Published(String id, List<String> rowLabels, List<String> columns, Long[][] cells, boolean totalRow,
                            boolean totalColumn) {
    }

    public record Ref(String table, int row, int column) {
        @Override
        public String toString() {
            return table + "[" + row + "," + column + "]";
        }
    }

    /** The request tables that count the same requests by different characteristics (note 1). */
    public static final List<String> SAME_REQUESTS = List.of("role", "status-basis", "ethnicity-self-defined",
            "ethnicity-observed", "nationality", "crime-type");

    /**
     * An intruder with one quarter's publication: every table's totals, the six request tables'
     * shared row of totals, and the checks table as a subset of the role table (note 7).
     */
    public static Attacker forQuarter(List<Published> published) {
        Attacker attacker = new Attacker();
        published.forEach(attacker::add);
        Published role = attacker.tables.get("role");
        for (String id : SAME_REQUESTS) {
            Published t = attacker.tables.get(id);
            if (t != role) {
                int last = t.cells().length - 1;
                for (int c = 0; c < t.cells()[last].length; c++) {
                    attacker.same(new Ref(id, last, c), new Ref("role", role.cells().length - 1, c));
                }
            }
        }
        Published checks = attacker.tables.get("checks");
        for (int r = 0; r < checks.cells().length; r++) {
            int roleRow = role.rowLabels().indexOf(checks.rowLabels().get(r));
            for (int c = 0; c < checks.cells()[r].length; c++) {
                attacker.subset(new Ref("checks", r, c), new Ref("role", roleRow, c));
            }
        }
        return attacker;
    }

    private final Map<String, Published> tables = new LinkedHashMap<>();
    private final List<Ref[]> equal = new ArrayList<>();
    private final List<Ref[]> atMost = new ArrayList<>();

    public Attacker add(Published table) {
        tables.put(table.id(), table);
        return this;
    }

    /** What a reader knows from the notes: these two cells count the same thing. */
    public Attacker same(Ref a, Ref b) {
        equal.add(new Ref[]{a, b});
        return this;
    }

    /** What a reader knows from the notes: the first counts a subset of what the second counts. */
    public Attacker subset(Ref small, Ref large) {
        atMost.add(new Ref[]{small, large});
        return this;
    }

    /** The range of every hidden cell. */
    public Map<Ref, LinearModel.Range> ranges() {
        LinearModel model = new LinearModel();
        Map<Ref, Integer> unknown = new LinkedHashMap<>();
        for (Published t : tables.values()) {
            for (int r = 0; r < t.cells().length; r++) {
                for (int c = 0; c < t.cells()[r].length; c++) {
                    if (t.cells()[r][c] == null) {
                        unknown.put(new Ref(t.id(), r, c), model.variable());
                    }
                }
            }
        }
        for (Published t : tables.values()) {
            int rows = t.cells().length;
            int cols = t.cells()[0].length;
            if (t.totalColumn()) {
                for (int r = 0; r < rows; r++) {
                    List<Ref> parts = new ArrayList<>();
                    for (int c = 0; c < cols - 1; c++) {
                        parts.add(new Ref(t.id(), r, c));
                    }
                    sum(model, unknown, parts, new Ref(t.id(), r, cols - 1));
                }
            }
            if (t.totalRow()) {
                for (int c = 0; c < cols; c++) {
                    List<Ref> parts = new ArrayList<>();
                    for (int r = 0; r < rows - 1; r++) {
                        parts.add(new Ref(t.id(), r, c));
                    }
                    sum(model, unknown, parts, new Ref(t.id(), rows - 1, c));
                }
            }
        }
        for (Ref[] pair : equal) {
            sum(model, unknown, List.of(pair[0]), pair[1]);
        }
        for (Ref[] pair : atMost) {
            int slack = model.variable();
            term(model, unknown, new ArrayList<>(List.of(pair[0])), pair[1], slack);
        }
        Map<Ref, LinearModel.Range> ranges = new LinkedHashMap<>();
        unknown.forEach((ref, v) -> ranges.put(ref, model.range(v)));
        return ranges;
    }

    private void sum(LinearModel model, Map<Ref, Integer> unknown, List<Ref> parts, Ref total) {
        term(model, unknown, new ArrayList<>(parts), total, -1);
    }

    /** parts (+ slack) - total = 0, with known cells moved to the right-hand side. */
    private void term(LinearModel model, Map<Ref, Integer> unknown, List<Ref> parts, Ref total, int slack) {
        List<Integer> vars = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        long rhs = 0;
        for (Ref p : parts) {
            if (unknown.containsKey(p)) {
                vars.add(unknown.get(p));
                coefficients.add(1);
            } else {
                rhs -= value(p);
            }
        }
        if (unknown.containsKey(total)) {
            vars.add(unknown.get(total));
            coefficients.add(-1);
        } else {
            rhs += value(total);
        }
        if (slack >= 0) {
            vars.add(slack);
            coefficients.add(1);
        }
        if (vars.isEmpty()) {
            if (rhs != 0 && slack < 0) {
                throw new AssertionError("published figures do not add up: " + parts + " vs " + total);
            }
            return;
        }
        model.equation(vars.stream().mapToInt(Integer::intValue).toArray(),
                coefficients.stream().mapToInt(Integer::intValue).toArray(), rhs);
    }

    private long value(Ref ref) {
        return tables.get(ref.table()).cells()[ref.row()][ref.column()];
    }
}
