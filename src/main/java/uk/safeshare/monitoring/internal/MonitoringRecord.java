package uk.safeshare.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;

/**
 * One request involving immigration enforcement, as the monitoring dataset keeps it: categories
 * only, the quarter but not the date, and a keyed hash in place of any identifier.
 */
record MonitoringRecord(String key, Quarter quarter, Outcome outcome, String recipient, String purpose,
                        boolean statusCheck, PersonRole role, boolean child, Set<CrimeType> crimeTypes,
                        StatusBasis statusBasis, SelfDefinedEthnicity ethnicitySelfDefined,
                        ObservedEthnicity ethnicityObserved, String nationality, boolean emergency, String protocolId) {

    static final String STATUS_CHECK_PURPOSE = "IMMIGRATION_STATUS_CHECK";

    /** The count this record adds to, in each dimension, for a given outcome. */
    record Cell(Dimension dimension, String category, String outcome) implements Comparable<Cell> {
        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::dimension)
                .thenComparing(Cell::category).thenComparing(Cell::outcome);

        @Override
        public int compareTo(Cell o) {
            return ORDER.compare(this, o);
        }
    }

    List<Cell> cells(Outcome counted) {
        String o = counted.name();
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(Dimension.ROLE, role.name(), o));
        cells.add(new Cell(Dimension.STATUS_BASIS, statusBasis.name(), o));
        cells.add(new Cell(Dimension.ETHNICITY_SELF_DEFINED,
                ethnicitySelfDefined == null ? Dimension.NOT_RECORDED : ethnicitySelfDefined.name(), o));
        cells.add(new Cell(Dimension.ETHNICITY_OBSERVED,
                ethnicityObserved == null ? Dimension.NOT_RECORDED : ethnicityObserved.name(), o));
        cells.add(new Cell(Dimension.NATIONALITY, nationality == null ? Dimension.NOT_KNOWN : nationality, o));
        cells.add(new Cell(Dimension.CRIME_TYPE, crimeCategory(crimeTypes), o));
        if (statusCheck) {
            cells.add(new Cell(Dimension.CHECK_ROLE, role.name(), o));
        }
        return cells;
    }

    static String crimeCategory(Set<CrimeType> types) {
        return types.isEmpty() ? Dimension.NOT_RECORDED
                : types.size() == 1 ? types.iterator().next().name() : Dimension.TWO_OR_MORE;
    }

    static String crimeTypesText(Set<CrimeType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
