package uk.safeshare.needs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeshare.cases.CaseFigures;
import uk.safeshare.cases.CaseFigures.PersonFact;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.needs.NeedsViews.NeedsReport;
import uk.safeshare.needs.NeedsViews.NeedsRow;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.pathways.PathwaysFigures;
import uk.safeshare.pathways.PathwaysFigures.ReferralFact;
import uk.safeshare.pathways.PathwaysFigures.Supply;
import uk.safeshare.pathways.ReferralCommands.Status;
import uk.safeshare.pathways.Specialism;

/**
 * The needs assessment on a fixed data set: every figure equals a count of the source records, and
 * small counts are suppressed so that no [c] can be worked out from the totals.
 */
class NeedsAssessmentTest {

    final List<PersonFact> people = new ArrayList<>();
    final List<ReferralFact> referrals = new ArrayList<>();
    final List<String> reports = new ArrayList<>();
    /** The person of each prohibited request that owed an offer of a specialist referral (one entry per request). */
    final List<PersonFact> prohibitedWithOffer = new ArrayList<>();
    final List<Supply> supply = List.of(
            new Supply("Harbour", Set.of(Specialism.IDVA, Specialism.MIGRANT_BAME_LED_SUPPORT), Set.of("ar", "en"), Set.of("Eastfield")),
            new Supply("Advice Centre", Set.of(Specialism.IMMIGRATION_ADVICE), Set.of("pl"), Set.of("Eastfield", "Westfield")));

    PersonFact victim(String area, String language, SelfDefinedEthnicity ethnicity, String nationality) {
        PersonFact p = new PersonFact(UUID.randomUUID(), PersonRole.VICTIM, area, language, ethnicity, nationality);
        people.add(p);
        return p;
    }

    void refer(PersonFact p, Specialism specialism, Status status, String reason) {
        referrals.add(new ReferralFact(p.personId(), status, Set.of(specialism), reason));
    }

    NeedsReport assess() {
        CaseFigures cases = new CaseFigures() {
            public List<PersonFact> victimsAndWitnesses(Instant from, Instant to) {
                return people;
            }

            public java.util.Map<UUID, String> areasOf(java.util.Collection<UUID> personIds) {
                return java.util.Map.of();
            }

            public java.util.Map<UUID, PersonFact> peopleById(java.util.Collection<UUID> personIds) {
                java.util.Map<UUID, PersonFact> found = new java.util.HashMap<>();
                prohibitedWithOffer.stream().filter(p -> personIds.contains(p.personId())).forEach(p -> found.put(p.personId(), p));
                return found;
            }
        };
        uk.safeshare.firewall.ProhibitedRequestFigures prohibited = (from, to) ->
                prohibitedWithOffer.stream().map(PersonFact::personId).toList();
        PathwaysFigures pathways = new PathwaysFigures() {
            public List<Supply> supply() {
                return supply;
            }

            public List<ReferralFact> referrals(Instant from, Instant to) {
                return referrals;
            }

            public List<String> thirdPartyReportAreas(Instant from, Instant to) {
                return reports;
            }

            public List<Dated> thirdPartyReports(Instant from, Instant to) {
                return List.of();
            }

            public List<DatedReferral> referralsMade(Instant from, Instant to) {
                return List.of();
            }
        };
        MonitoringFigures monitoring = new MonitoringFigures() {
            public List<QuarterFigures> latest(int quarters) {
                return List.of();
            }

            public int threshold() {
                return 5;
            }
        };
        return new NeedsAssessment(cases, pathways, monitoring, prohibited).assess(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    }

    static List<String> row(NeedsTable t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().map(NeedsRow::cells).orElseThrow()
                .stream().map(c -> c.text()).toList();
    }

    /** Each figure is the count of source records, or hidden; a count from 1 to 4 is always hidden. -1: not a count of people. */
    static void matches(NeedsTable t, String label, long... expected) {
        List<String> shown = row(t, label);
        for (int c = 0; c < expected.length; c++) {
            if (expected[c] < 0) {
                continue;
            }
            if (expected[c] >= 1 && expected[c] <= 4 && t.protectedColumns().get(c)) {
                assertThat(shown.get(c)).as(label + ", " + t.columns().get(c) + " is a small count").isEqualTo("[c]");
            } else if (!t.protectedColumns().get(c)) {
                assertThat(shown.get(c)).as(label + ", " + t.columns().get(c)).isEqualTo(Long.toString(expected[c]));
            } else {
                assertThat(shown.get(c)).as(label + ", " + t.columns().get(c)).isIn(Long.toString(expected[c]), "[c]");
            }
        }
    }

    /** In every column of people, a total and its parts never have exactly one figure hidden (it could be subtracted out). */
    static void noSuppressedCellCanBeWorkedOut(NeedsTable t) {
        for (int c = 0; c < t.columns().size(); c++) {
            if (!t.protectedColumns().get(c) || t.columns().get(c).contains("%")) {
                continue;
            }
            int column = c;
            long hidden = t.rows().stream().filter(r -> !r.cells().get(column).shown()).count();
            assertThat(hidden).as(t.id() + ": " + t.columns().get(c)).isNotEqualTo(1);
        }
    }

    @Test
    void figures_by_area_equal_the_source_records_and_small_counts_are_suppressed_with_their_complement() {
        for (int i = 0; i < 12; i++) {
            PersonFact p = victim("Eastfield", "ar", SelfDefinedEthnicity.A1, "SY");
            if (i < 6) {
                refer(p, Specialism.IDVA, i < 1 ? Status.DECLINED : Status.ACCEPTED, "We are at capacity");
            }
        }
        for (int i = 0; i < 7; i++) {
            victim("Northgate", "ti", SelfDefinedEthnicity.B2, "ER");
        }
        for (int i = 0; i < 2; i++) {
            victim("Westfield", "pl", SelfDefinedEthnicity.W3, "PL");
        }
        for (int i = 0; i < 9; i++) {
            reports.add(i < 6 ? "Northgate" : "eastfield ");
        }
        NeedsReport a = assess();
        NeedsTable area = a.table("area");
        assertThat(area.columns()).containsExactly("Victims and witnesses", "Third-party reports", "Referred", "Referrals declined",
                "Organisations covering it", "Prohibited requests with a referral offered");
        matches(area, "Eastfield", 12, 3, 6, 1, 2);
        matches(area, "Northgate", 7, 6, 0, 0, 0);
        matches(area, "Westfield", 2, 0, 0, 0, 1);
        matches(area, "Total", 21, 9, 6, 1, -1);
        assertThat(row(area, "Total").get(4)).isEqualTo("[z]");
        noSuppressedCellCanBeWorkedOut(area);

        NeedsTable language = a.table("language");
        matches(language, "ti", 7, 0, 0);
        matches(language, "ar", 12, 6, 1);
        matches(language, "pl", 2, 0, 1);
        noSuppressedCellCanBeWorkedOut(language);

        assertThat(a.gaps().getFirst().label()).isEqualTo("Northgate");
        assertThat(a.gaps().getFirst().why()).isEqualTo("No organisation in the directory covers this area.");
        assertThat(a.gaps()).extracting(g -> g.dimension() + ":" + g.label()).contains("Language:ti");
        assertThat(a.gaps()).extracting(g -> g.label()).doesNotContain("ar");
    }

    @Test
    void prohibited_requests_whose_offered_referral_found_no_organisation_are_demand_where_the_person_lives_and_speaks() {
        for (int i = 0; i < 9; i++) {
            victim("Eastfield", "ar", SelfDefinedEthnicity.A1, "SY");
        }
        // Six prohibited requests for people in Southmoor speaking Tigrinya (no organisation covers either), two for
        // Eastfield in Arabic (Harbour covers both); the people need not be on cases of the period.
        PersonFact southmoor = new PersonFact(UUID.randomUUID(), PersonRole.VICTIM, "Southmoor", "ti", SelfDefinedEthnicity.B2, "ER");
        for (int i = 0; i < 6; i++) {
            prohibitedWithOffer.add(i < 3 ? southmoor
                    : new PersonFact(UUID.randomUUID(), PersonRole.WITNESS, "Southmoor", "ti", SelfDefinedEthnicity.B2, "ER"));
        }
        for (int i = 0; i < 2; i++) {
            prohibitedWithOffer.add(new PersonFact(UUID.randomUUID(), PersonRole.VICTIM, "Eastfield", "ar", SelfDefinedEthnicity.A1, "SY"));
        }
        NeedsReport a = assess();
        NeedsTable area = a.table("area");
        matches(area, "Southmoor", 0, 0, 0, 0, 0, 6);
        matches(area, "Eastfield", 9, 0, 0, 0, 2, 2);
        noSuppressedCellCanBeWorkedOut(area);
        NeedsTable language = a.table("language");
        matches(language, "ti", 0, 0, 0, 6);
        matches(language, "ar", 9, 0, 1, 2);
        assertThat(a.gaps()).extracting(g -> g.dimension() + ":" + g.label() + ":" + g.why()).contains(
                "Area:Southmoor:No organisation in the directory covers this area, so referrals offered on prohibited requests found none.",
                "Language:ti:No organisation in the directory offers this language, so referrals offered on prohibited requests found none.");
        assertThat(a.gaps()).extracting(g -> g.label()).doesNotContain("Eastfield", "ar");
    }

    @Test
    void who_is_referred_by_ethnicity_is_set_against_the_victims_in_cases_with_shares_only_of_figures_shown() {
        for (int i = 0; i < 20; i++) {
            PersonFact p = victim("Eastfield", "en", i < 15 ? SelfDefinedEthnicity.W1 : SelfDefinedEthnicity.A2, "GB");
            if (i < 10) {
                refer(p, Specialism.IDVA, Status.ACCEPTED, null);
            }
        }
        victim("Eastfield", "en", SelfDefinedEthnicity.B1, "NG");
        NeedsTable ethnicity = assess().table("ethnicity");
        assertThat(ethnicity.columns()).containsExactly("Victims in cases", "Referred", "Share of victims (%)", "Share of those referred (%)");
        matches(ethnicity, "White", 15, 10);
        matches(ethnicity, "Asian or Asian British", 5, 0);
        matches(ethnicity, "Black, Black British, Caribbean or African", 1, 0);
        matches(ethnicity, "Total", 21, 10);
        List<String> white = row(ethnicity, "White");
        if (!white.get(0).startsWith("[") && !row(ethnicity, "Total").get(0).startsWith("[")) {
            assertThat(white.get(2)).isEqualTo("71");
        } else {
            assertThat(white.get(2)).startsWith("[");
        }
        assertThat(row(ethnicity, "Black, Black British, Caribbean or African").get(2)).as("no share of a hidden figure").isEqualTo("[c]");
        noSuppressedCellCanBeWorkedOut(ethnicity);
    }

    @Test
    void declined_referrals_are_counted_by_the_reason_in_the_organisations_own_words() {
        assertThat(WhoIsReferred.reason("Sorry, we are at capacity until March")).isEqualTo("At capacity");
        assertThat(WhoIsReferred.reason("Outside our area")).isEqualTo("Out of area");
        assertThat(WhoIsReferred.reason("No Tigrinya interpreter")).isEqualTo("Language not offered");
        assertThat(WhoIsReferred.reason(null)).isEqualTo("Other or not given");
    }

    @Test
    void the_downloads_carry_the_same_figures_as_shown_and_nothing_hidden() {
        for (int i = 0; i < 6; i++) {
            victim("Eastfield", "ar", SelfDefinedEthnicity.A1, "SY");
        }
        victim("Westfield", "ar", SelfDefinedEthnicity.A1, "SY");
        NeedsReport a = assess();
        String csv = NeedsDownloads.csv(a);
        assertThat(csv).startsWith("from,to,table,row,column,value\r\n")
                .contains("2026-01-01,2027-01-01,Demand and supply by area,Westfield,Victims and witnesses,[c]\r\n");
        for (NeedsRow r : a.table("area").rows()) {
            assertThat(csv).contains("2026-01-01,2027-01-01,Demand and supply by area," + r.label() + ",Victims and witnesses,"
                    + r.cells().getFirst().text() + "\r\n");
        }
        assertThat(NeedsDownloads.ods(a)).isNotEmpty();
    }
}
