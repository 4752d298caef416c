package uk.safeshare.needs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import uk.safeshare.cases.CaseFigures.PersonFact;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.needs.NeedsViews.NeedsCell;
import uk.safeshare.needs.NeedsViews.NeedsRow;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.needs.internal.Protection.RawRow;
import uk.safeshare.pathways.PathwaysFigures.ReferralFact;
import uk.safeshare.pathways.ReferralCommands;

/**
 * The tables about referrals themselves: why organisations declined them, and who is referred by self-defined
 * ethnicity and nationality against the victims in cases.
 */
final class WhoIsReferred {

    static final int NATIONALITIES_SHOWN = 5;

    private WhoIsReferred() {
    }

    /** Declined referrals by the organisation's reason, read from its words. */
    static String reason(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (t.contains("capacity") || t.contains("full") || t.contains("waiting list")) {
            return "At capacity";
        }
        if (t.contains("area") || t.contains("outside") || t.contains("postcode")) {
            return "Out of area";
        }
        if (t.contains("language") || t.contains("interpret")) {
            return "Language not offered";
        }
        if (t.contains("eligib") || t.contains("criteria")) {
            return "Not eligible";
        }
        return "Other or not given";
    }

    static NeedsTable declineReasons(List<ReferralFact> referrals, int threshold) {
        Map<String, long[]> values = new LinkedHashMap<>();
        for (String r : List.of("At capacity", "Out of area", "Language not offered", "Not eligible", "Other or not given")) {
            values.put(r, new long[1]);
        }
        referrals.stream().filter(r -> r.status() == ReferralCommands.Status.DECLINED)
                .forEach(r -> values.get(reason(r.declineReason()))[0]++);
        List<RawRow> raw = values.entrySet().stream().map(e -> new RawRow(e.getKey(), e.getValue())).toList();
        return Protection.protect("decline-reasons", "Referrals declined, by reason", "Reason", List.of("Referrals declined"),
                List.of(true), raw, "Reasons are read from the organisation's own words.", threshold);
    }

    static NeedsTable byEthnicity(List<PersonFact> people, Set<UUID> referred, int threshold) {
        Map<String, long[]> values = new LinkedHashMap<>();
        for (PersonFact p : people) {
            if (p.role() == PersonRole.WITNESS) {
                continue;
            }
            String group = p.ethnicitySelfDefined() == null ? "Not recorded" : p.ethnicitySelfDefined().label().split(":")[0];
            long[] v = values.computeIfAbsent(group, k -> new long[2]);
            v[0]++;
            if (referred.contains(p.personId())) {
                v[1]++;
            }
        }
        List<RawRow> raw = new TreeMap<>(values).entrySet().stream().map(e -> new RawRow(e.getKey(), e.getValue())).toList();
        return shares(Protection.protect("ethnicity", "Victims in cases and those referred, by self-defined ethnicity (broad group)",
                "Ethnic group", List.of("Victims in cases", "Referred"), List.of(true, true), raw,
                "Shares are worked out from the figures shown; a share of a hidden figure is not shown.", threshold));
    }

    static NeedsTable byNationality(List<PersonFact> people, Set<UUID> referred, int threshold) {
        Map<String, long[]> all = new HashMap<>();
        for (PersonFact p : people) {
            if (p.role() == PersonRole.WITNESS) {
                continue;
            }
            long[] v = all.computeIfAbsent(p.nationality() == null ? "" : p.nationality(), k -> new long[2]);
            v[0]++;
            if (referred.contains(p.personId())) {
                v[1]++;
            }
        }
        List<String> largest = all.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .limit(NATIONALITIES_SHOWN).map(Map.Entry::getKey).toList();
        Map<String, long[]> values = new LinkedHashMap<>();
        largest.forEach(n -> values.put(n, all.get(n)));
        long[] other = new long[2];
        all.forEach((k, v) -> {
            if (!k.isEmpty() && !largest.contains(k)) {
                other[0] += v[0];
                other[1] += v[1];
            }
        });
        values.put("Other nationalities", other);
        values.put("Not recorded", all.getOrDefault("", new long[2]));
        List<RawRow> raw = values.entrySet().stream().map(e -> new RawRow(e.getKey(), e.getValue())).toList();
        return shares(Protection.protect("nationality", "Victims in cases and those referred, by nationality (largest groups)",
                "Nationality (ISO 3166-1)", List.of("Victims in cases", "Referred"), List.of(true, true), raw,
                "The " + NATIONALITIES_SHOWN + " largest nationalities among victims; the rest together.", threshold));
    }

    /** Adds each group's share of victims and of those referred, from shown figures only. */
    private static NeedsTable shares(NeedsTable t) {
        NeedsRow total = t.rows().getLast();
        List<NeedsRow> rows = t.rows().stream().map(r -> {
            List<NeedsCell> cells = new ArrayList<>(r.cells());
            for (int c = 0; c < 2; c++) {
                var cell = r.cells().get(c);
                var all = total.cells().get(c);
                cells.add(cell.shown() && all.shown() && all.value() > 0 ? NeedsCell.of(Math.round(cell.value() * 100.0 / all.value()))
                        : NeedsCell.hidden(cell.shown() ? "[x]" : cell.symbol()));
            }
            return new NeedsRow(r.label(), cells);
        }).toList();
        List<String> columns = new ArrayList<>(t.columns());
        columns.add("Share of victims (%)");
        columns.add("Share of those referred (%)");
        List<Boolean> prot = new ArrayList<>(t.protectedColumns());
        prot.add(true);
        prot.add(true);
        return new NeedsTable(t.id(), t.title(), t.rowHeading(), columns, prot, rows, t.note());
    }
}
