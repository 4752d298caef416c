package uk.safeshare.needs.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseFigures;
import uk.safeshare.firewall.ProhibitedRequestFigures;
import uk.safeshare.cases.CaseFigures.PersonFact;
import uk.safeshare.monitoring.MonitoringFigures;
import uk.safeshare.needs.NeedsViews.NeedsReport;
import uk.safeshare.needs.NeedsViews.NeedsGap;
import uk.safeshare.needs.NeedsViews.NeedsTable;
import uk.safeshare.pathways.PathwaysFigures;
import uk.safeshare.pathways.PathwaysFigures.ReferralFact;
import uk.safeshare.pathways.PathwaysFigures.Supply;

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
        NeedsTable areas = SupplyAndDemand.byArea(people, referrals, supply, reports, referred, offers, threshold, gaps);
        NeedsTable languages = SupplyAndDemand.byLanguage(people, supply, referred, offers, threshold, gaps);
        tables.add(areas);
        tables.add(languages);
        tables.add(SupplyAndDemand.bySpecialism(referrals, supply, threshold, gaps));
        tables.add(WhoIsReferred.declineReasons(referrals, threshold));
        tables.add(WhoIsReferred.byEthnicity(people, referred, threshold));
        tables.add(WhoIsReferred.byNationality(people, referred, threshold));
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
}
