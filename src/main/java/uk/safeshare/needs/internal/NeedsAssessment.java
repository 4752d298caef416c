package uk.safeshare.needs.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseFigures;
import uk.safeshare.firewall.ProhibitedRequestFigures;
import uk.safeshare.cases.CaseFigures.PersonFact;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.needs.NeedsViews.NeedsReport;
import uk.safeshare.needs.NeedsViews.NeedsGap;
import uk.safeshare.needs.NeedsViews.NeedsRow;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.needs.internal.Protection.RawRow;
import uk.safeshare.pathways.PathwaysFigures;
import uk.safeshare.pathways.PathwaysFigures.ReferralFact;
import uk.safeshare.pathways.PathwaysFigures.Supply;
import uk.safeshare.pathways.ReferralCommands;
import uk.safeshare.pathways.Specialism;

/**
 * Supply of specialist services against the demand SafeShare sees, for a period: by area, language and
 * specialism; referrals declined by reason; who is referred by self-defined ethnicity and nationality
 * against the victims in cases; and the gaps, ranked. Every count of people is disclosure-controlled
 * with the monitoring threshold before it leaves this class.
 */
@Service
class NeedsAssessment {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int GAPS_SHOWN = 10;
    static final int NATIONALITIES_SHOWN = 5;

    private final CaseFigures cases;
    private final PathwaysFigures pathways;
    private final MonitoringFigures monitoring;
    private final ProhibitedRequestFigures prohibited;

    NeedsAssessment(CaseFigures cases, PathwaysFigures pathways, MonitoringFigures monitoring, ProhibitedRequestFigures prohibited) {
        this.prohibited = prohibited;
        this.cases = cases;
        this.pathways = pathways;
        this.monitoring = monitoring;
    }

    /** For [from, to) in UK dates. */
    @Transactional(readOnly = true)
    public NeedsReport assess(LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(LONDON).toInstant();
        var end = to.atStartOfDay(LONDON).toInstant();
        int threshold = monitoring.threshold();
        List<PersonFact> people = cases.victimsAndWitnesses(start, end);
        List<ReferralFact> referrals = pathways.referrals(start, end);
        List<Supply> supply = pathways.supply();
        List<String> reports = pathways.thirdPartyReportAreas(start, end);
        Set<UUID> referred = new HashSet<>();
        referrals.forEach(r -> referred.add(r.personId()));
        // One fact per prohibited request that owed an offer of a specialist referral: the person's area and language.
        List<UUID> offeredTo = prohibited.peopleOfferedAReferral(start, end);
        Map<UUID, PersonFact> offeredPeople = cases.peopleById(offeredTo);
        List<PersonFact> offers = offeredTo.stream().map(offeredPeople::get).filter(java.util.Objects::nonNull).toList();

        List<NeedsTable> tables = new ArrayList<>();
        List<RankedGap> gaps = new ArrayList<>();
        NeedsTable areas = byArea(people, referrals, supply, reports, referred, offers, threshold, gaps);
        NeedsTable languages = byLanguage(people, supply, referred, offers, threshold, gaps);
        tables.add(areas);
        tables.add(languages);
        tables.add(bySpecialism(referrals, supply, threshold, gaps));
        tables.add(declineReasons(referrals, threshold));
        tables.add(byEthnicity(people, referred, threshold));
        tables.add(byNationality(people, referred, threshold));
        gaps.sort(Comparator.comparingDouble(RankedGap::score).reversed().thenComparing(RankedGap::label));
        List<NeedsGap> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(GAPS_SHOWN, gaps.size()); i++) {
            ranked.add(gaps.get(i).gap(i + 1));
        }
        List<String> notes = List.of(
                "Demand: victims, witnesses and victims-and-suspects on cases that occurred in the period, third-party reports received in it, and referrals made in it.",
                "Supply: the active organisations in the directory of specialist organisations today.",
                "Prohibited requests with a referral offered: requests made in the period that the protocol prohibited and that owed an offer of a specialist referral; where no organisation covers the area or offers the language, that offer found none.",
                "[c]: a count of people from 1 to " + (threshold - 1) + ", or one that would reveal such a count, is not shown. [z]: not applicable.",
                "Gaps are ranked by demand (people, reports and declined referrals) for each organisation available, highest first.");
        return new NeedsReport(from, to, threshold, ranked, tables, notes);
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private NeedsTable byArea(List<PersonFact> people, List<ReferralFact> referrals, List<Supply> supply, List<String> reports,
                         Set<UUID> referred, List<PersonFact> offers, int threshold, List<RankedGap> gaps) {
        Map<String, String> names = new TreeMap<>();
        Map<String, long[]> values = new HashMap<>();
        Map<UUID, String> areaOf = new HashMap<>();
        for (PersonFact p : people) {
            areaOf.put(p.personId(), key(p.area()));
            names.putIfAbsent(key(p.area()), p.area());
            values.computeIfAbsent(key(p.area()), k -> new long[6])[0]++;
            if (referred.contains(p.personId())) {
                values.get(key(p.area()))[2]++;
            }
        }
        for (String r : reports) {
            names.putIfAbsent(key(r), r);
            values.computeIfAbsent(key(r), k -> new long[6])[1]++;
        }
        for (ReferralFact r : referrals) {
            String area = areaOf.get(r.personId());
            if (area != null && r.status() == ReferralCommands.Status.DECLINED) {
                values.get(area)[3]++;
            }
        }
        for (PersonFact o : offers) {
            names.putIfAbsent(key(o.area()), o.area());
            values.computeIfAbsent(key(o.area()), k -> new long[6])[5]++;
        }
        for (Supply s : supply) {
            for (String a : s.areas()) {
                names.putIfAbsent(key(a), a);
                values.computeIfAbsent(key(a), k -> new long[6])[4]++;
            }
        }
        List<RawRow> raw = names.entrySet().stream().map(e -> new RawRow(e.getValue(), values.get(e.getKey()))).toList();
        NeedsTable table = Protection.protect("area", "Demand and supply by area", "Area",
                List.of("Victims and witnesses", "Third-party reports", "Referred", "Referrals declined", "Organisations covering it",
                        "Prohibited requests with a referral offered"),
                List.of(true, true, true, true, false, true), raw, null, threshold);
        for (int i = 0; i < raw.size(); i++) {
            long[] v = raw.get(i).values();
            long demand = v[0] + v[1] + v[5];
            if (demand > 0 && (v[4] == 0 || v[3] > 0)) {
                NeedsRow shown = table.rows().get(i);
                gaps.add(new RankedGap("Area", raw.get(i).label(), shown, 0, 3, v[4], demand + v[3],
                        v[4] > 0 ? "Referrals were declined here."
                                : v[5] > 0 ? "No organisation in the directory covers this area, so referrals offered on prohibited requests found none."
                                : "No organisation in the directory covers this area."));
            }
        }
        return table;
    }

    private NeedsTable byLanguage(List<PersonFact> people, List<Supply> supply, Set<UUID> referred, List<PersonFact> offers, int threshold,
                                  List<RankedGap> gaps) {
        Map<String, long[]> values = new TreeMap<>();
        for (PersonFact p : people) {
            if (p.language() == null || p.language().isBlank() || p.language().equals("en")) {
                continue;
            }
            long[] v = values.computeIfAbsent(p.language(), k -> new long[4]);
            v[0]++;
            if (referred.contains(p.personId())) {
                v[1]++;
            }
        }
        for (PersonFact o : offers) {
            if (o.language() != null && !o.language().isBlank() && !o.language().equals("en")) {
                values.computeIfAbsent(o.language(), k -> new long[4])[3]++;
            }
        }
        for (Supply s : supply) {
            s.languages().stream().filter(l -> !l.equals("en")).forEach(l -> values.computeIfAbsent(l, k -> new long[4])[2]++);
        }
        List<RawRow> raw = values.entrySet().stream().map(e -> new RawRow(e.getKey(), e.getValue())).toList();
        NeedsTable table = Protection.protect("language", "Demand and supply by language (other than English)", "Language (ISO 639-1)",
                List.of("Victims and witnesses", "Referred", "Organisations offering it", "Prohibited requests with a referral offered"),
                List.of(true, true, false, true), raw, null, threshold);
        for (int i = 0; i < raw.size(); i++) {
            long[] v = raw.get(i).values();
            if (v[0] + v[3] > 0 && v[2] == 0) {
                gaps.add(new RankedGap("Language", raw.get(i).label(), table.rows().get(i), 0, -1, 0, v[0] + v[3],
                        v[3] > 0 ? "No organisation in the directory offers this language, so referrals offered on prohibited requests found none."
                                : "No organisation in the directory offers this language."));
            }
        }
        return table;
    }

    private NeedsTable bySpecialism(List<ReferralFact> referrals, List<Supply> supply, int threshold, List<RankedGap> gaps) {
        Map<Specialism, long[]> values = new LinkedHashMap<>();
        for (Specialism s : Specialism.values()) {
            values.put(s, new long[3]);
        }
        for (ReferralFact r : referrals) {
            for (Specialism s : r.specialisms()) {
                values.get(s)[0]++;
                if (r.status() == ReferralCommands.Status.DECLINED) {
                    values.get(s)[1]++;
                }
            }
        }
        supply.forEach(s -> s.specialisms().forEach(sp -> values.get(sp)[2]++));
        List<RawRow> raw = values.entrySet().stream().map(e -> new RawRow(e.getKey().label(), e.getValue())).toList();
        NeedsTable table = Protection.protect("specialism", "Referrals and supply by specialism", "Specialism",
                List.of("Referrals made", "Referrals declined", "Active organisations"), List.of(true, true, false), raw,
                "A referral to an organisation with several specialisms counts under each.", threshold);
        for (int i = 0; i < raw.size(); i++) {
            long[] v = raw.get(i).values();
            if (v[1] > 0 || (v[0] > 0 && v[2] <= 1)) {
                gaps.add(new RankedGap("Specialism", raw.get(i).label(), table.rows().get(i), 0, 1, v[2], v[0] + v[1],
                        v[1] > 0 ? "Referrals to this specialism were declined." : "Only one organisation offers it."));
            }
        }
        return table;
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

    private NeedsTable declineReasons(List<ReferralFact> referrals, int threshold) {
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

    private NeedsTable byEthnicity(List<PersonFact> people, Set<UUID> referred, int threshold) {
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

    private NeedsTable byNationality(List<PersonFact> people, Set<UUID> referred, int threshold) {
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
            List<uk.safeshare.needs.NeedsViews.NeedsCell> cells = new ArrayList<>(r.cells());
            for (int c = 0; c < 2; c++) {
                var cell = r.cells().get(c);
                var all = total.cells().get(c);
                cells.add(cell.shown() && all.shown() && all.value() > 0 ? uk.safeshare.needs.NeedsViews.NeedsCell.of(Math.round(cell.value() * 100.0 / all.value()))
                        : uk.safeshare.needs.NeedsViews.NeedsCell.hidden(cell.shown() ? "[x]" : cell.symbol()));
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

    /** A gap before ranking: the raw demand ranks it, the shown cells describe it. */
    private record RankedGap(String dimension, String label, NeedsRow shown, int demandColumn, int declinedColumn, long organisations,
                             long demandRaw, String why) {
        /** Demand for each organisation available: the raw figure orders the gaps but is never shown. */
        double score() {
            return (double) demandRaw / (organisations + 1);
        }

        NeedsGap gap(int rank) {
            return new NeedsGap(rank, dimension, label, shown.cells().get(demandColumn),
                    declinedColumn < 0 ? uk.safeshare.needs.NeedsViews.NeedsCell.hidden(Protection.NOT_APPLICABLE) : shown.cells().get(declinedColumn),
                    organisations, why);
        }
    }
}
