package uk.safeshare.needs.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import uk.safeshare.cases.CaseFigures.PersonFact;
import uk.safeshare.needs.NeedsViews.NeedsRow;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.needs.internal.Protection.RawRow;
import uk.safeshare.pathways.PathwaysFigures.ReferralFact;
import uk.safeshare.pathways.PathwaysFigures.Supply;
import uk.safeshare.pathways.ReferralCommands;
import uk.safeshare.pathways.Specialism;

/**
 * The demand-and-supply tables (by area, language and specialism), each adding the gaps it finds to the list
 * the assessment ranks.
 */
final class SupplyAndDemand {

    private SupplyAndDemand() {
    }

    static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    static NeedsTable byArea(List<PersonFact> people, List<ReferralFact> referrals, List<Supply> supply, List<String> reports,
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

    static NeedsTable byLanguage(List<PersonFact> people, List<Supply> supply, Set<UUID> referred, List<PersonFact> offers, int threshold,
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

    static NeedsTable bySpecialism(List<ReferralFact> referrals, List<Supply> supply, int threshold, List<RankedGap> gaps) {
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
}
