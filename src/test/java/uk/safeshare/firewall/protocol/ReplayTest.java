package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.firewall.protocol.Decision.Prohibited;
import uk.safeshare.firewall.protocol.rules.AllVictimsAndWitnessesDoubtOnly;

class ReplayTest {

    /** Past requests over a broad grid of facts, each decided under the default protocol. */
    static List<Replay.PastDecision> pastRequestsDecidedUnderTheDefaultProtocol() {
        List<Replay.PastDecision> past = new ArrayList<>();
        Combinations.forEach(false, facts -> {
            if (facts.maracConfidentialityAcceptedByAll()
                    || !facts.dataCategories().equals(Combinations.DATA.get(0).categories())
                    || facts.consent() == Consent.NOT_ASKED
                    || facts.consent() == Consent.NOT_CAPABLE) {
                return;
            }
            past.add(new Replay.PastDecision("req-" + past.size(), facts, Protocols.defaultEngine().decide(facts)));
        });
        return past;
    }

    static ProtocolDocument draftCoveringAllVictimsAndWitnesses() {
        return Protocols.parse(Protocols.defaultWith(
                "doubtOnlyProhibitionCovers: DOMESTIC_ABUSE_VICTIMS",
                "doubtOnlyProhibitionCovers: ALL_VICTIMS_AND_WITNESSES"));
    }

    @Test
    void a_draft_that_extends_the_prohibition_to_all_victims_changes_exactly_the_witness_and_non_domestic_abuse_decisions() {
        List<Replay.PastDecision> past = pastRequestsDecidedUnderTheDefaultProtocol();
        ProtocolDocument draft = draftCoveringAllVictimsAndWitnesses();
        Set<String> expected = past.stream()
                .filter(request -> {
                    SharingFacts facts = request.facts();
                    boolean witnessOrNonDomesticAbuseVictim = facts.role() == PersonRole.WITNESS
                            || (facts.isVictim() && !facts.involves(CrimeType.DOMESTIC_ABUSE));
                    return witnessOrNonDomesticAbuseVictim
                            && draft.settings().isImmigrationEnforcement(facts.recipient())
                            && facts.hasOnlyDoubtsOrNoKnowledgeOfStatus();
                })
                .map(Replay.PastDecision::requestId)
                .collect(Collectors.toSet());

        Replay.Result result = new Replay(draft).run(past);

        assertThat(result.replayed()).isEqualTo(past.size());
        assertThat(expected).isNotEmpty().hasSizeLessThan(past.size());
        assertThat(result.changes()).extracting(Replay.Change::requestId).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.draft()).isEqualTo(draft.version());
        for (Replay.Change change : result.changes()) {
            assertThat(change.after()).isInstanceOf(Prohibited.class);
            assertThat(change.rulesNowFiring()).containsExactly(AllVictimsAndWitnessesDoubtOnly.ID);
            assertThat(change.after().obligations()).contains(Obligation.OFFER_SPECIALIST_REFERRAL);
        }
        assertThat(result.changes())
                .filteredOn(change -> !(change.before() instanceof Prohibited))
                .isNotEmpty()
                .allSatisfy(change -> {
                    assertThat(change.outcomeChanged()).isTrue();
                    assertThat(change.summary()).startsWith("Refer for review").endsWith("\u2192 Prohibited");
                });
        assertThat(result.outcomeChanges()).isPositive().isLessThanOrEqualTo(expected.size());
    }

    @Test
    void replaying_the_same_protocol_changes_nothing() {
        List<Replay.PastDecision> past = pastRequestsDecidedUnderTheDefaultProtocol();

        Replay.Result result = new Replay(Protocols.defaultEngine()).run(past);

        assertThat(result.changes()).isEmpty();
    }

    @Test
    void a_long_replay_reports_its_progress_and_finishes_at_the_total() {
        List<Replay.PastDecision> past = pastRequestsDecidedUnderTheDefaultProtocol();
        List<int[]> reports = new ArrayList<>();

        new Replay(draftCoveringAllVictimsAndWitnesses()).run(past, (done, total) -> reports.add(new int[] {done, total}));

        assertThat(reports).hasSizeGreaterThan(10);
        assertThat(reports).allSatisfy(report -> assertThat(report[1]).isEqualTo(past.size()));
        assertThat(reports.getLast()[0]).isEqualTo(past.size());
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThan(reports.get(i - 1)[0]);
        }
    }

    @Test
    void an_interrupted_replay_stops() {
        List<Replay.PastDecision> past = pastRequestsDecidedUnderTheDefaultProtocol();
        Replay replay = new Replay(draftCoveringAllVictimsAndWitnesses());

        try {
            assertThatThrownBy(() -> replay.run(past, (done, total) -> Thread.currentThread().interrupt()))
                    .isInstanceOf(Replay.ReplayInterruptedException.class)
                    .hasMessageContaining("after " + Replay.PROGRESS_EVERY + " of " + past.size());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void an_empty_history_replays_to_no_changes() {
        List<int[]> reports = new ArrayList<>();

        Replay.Result result = new Replay(draftCoveringAllVictimsAndWitnesses())
                .run(List.of(), (done, total) -> reports.add(new int[] {done, total}));

        assertThat(result.changes()).isEmpty();
        assertThat(reports).singleElement().satisfies(report -> assertThat(report).containsExactly(0, 0));
    }
}
