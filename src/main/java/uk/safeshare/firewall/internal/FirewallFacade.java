package uk.safeshare.firewall.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.cases.CaseLookup;
import uk.safeshare.cases.CaseViews.PersonInCase;
import uk.safeshare.cases.Cases;
import uk.safeshare.firewall.Firewall;
import uk.safeshare.firewall.internal.Sharing.ObligationStatus;
import uk.safeshare.firewall.internal.Sharing.RequestView;
import uk.safeshare.firewall.internal.SharingCommands.ObligationMet;
import uk.safeshare.firewall.protocol.Consent;
import uk.safeshare.firewall.protocol.DataCategory;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.Obligation;
import uk.safeshare.firewall.protocol.PathwayStage;
import uk.safeshare.firewall.protocol.Purpose;
import uk.safeshare.firewall.protocol.Recipient;
import uk.safeshare.firewall.protocol.RuleOutcome;
import uk.safeshare.firewall.protocol.SharingFacts;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;

@Component
class FirewallFacade implements Firewall {

    private final SharingRequests sharing;
    private final ProtocolStore protocols;
    private final Cases cases;

    private final SharingIntoMarac marac;
    private final Disclosing disclosing;

    FirewallFacade(SharingRequests sharing, ProtocolStore protocols, Cases cases, SharingIntoMarac marac, Disclosing disclosing) {
        this.sharing = sharing;
        this.marac = marac;
        this.disclosing = disclosing;
        this.protocols = protocols;
        this.cases = cases;
    }

    @Override
    @Transactional
    public ImmigrationStance immigrationStance(UUID caseId, UUID personId) {
        PersonInCase found = switch (cases.personInCase(caseId, personId)) {
            case CaseLookup.Found<PersonInCase> f -> f.value();
            case CaseLookup.NeedsBreakGlass<PersonInCase> g -> // never the case reference: a refusal tells nothing of another team's case
                    throw new ForbiddenException("That case belongs to another team. Open it from its case page and give a break-glass reason first.");
            case CaseLookup.Missing<PersonInCase> m -> throw new NotFoundException("No person " + personId + " on case " + caseId);
        };
        var person = found.person();
        // The question a victim asks: "if the police were asked about me, would they tell the Home Office?"
        SharingFacts facts = new SharingFacts(person.role(), SharingRequests.isChild(person.dateOfBirth(), Instant.now()) || found.knownChild(),
                found.crimeTypes(), Recipient.IMMIGRATION_ENFORCEMENT, Purpose.INVESTIGATION, PathwayStage.INVESTIGATION,
                person.statusBasis(), person.statusEvidence(), false, null, Consent.NOT_ASKED, Set.of(DataCategory.IDENTITY),
                null, "What the protocol means for this person (victim notice)", false, false, false);
        Decision decision = protocols.current().decide(facts);
        return new ImmigrationStance(decision.kind().name(), decision.outcomes().stream().map(RuleOutcome::reason).toList(),
                decision.protocol().id(), decision.protocol().contentHash());
    }

    @Override
    @Transactional
    public MaracSharing decideMaracSharing(UUID caseId, UUID personId, String meeting, boolean everyAttendeeAccepted) {
        return marac.shareIntoMarac(caseId, personId, meeting, everyAttendeeAccepted);
    }

    @Override
    @Transactional
    public List<SharingRecord> sharingAbout(UUID caseId, UUID personId) {
        List<SharingRecord> records = new ArrayList<>();
        for (var summary : sharing.forPerson(caseId, personId)) {
            RequestView r = sharing.get(summary.id());
            boolean owed = r.obligations().stream().anyMatch(o -> o.obligation() == Obligation.TELL_PERSON_WHAT_AND_WHY
                    && o.status() == ObligationStatus.OWED);
            // A MARAC meeting is named in words the person understands, in the recipient and in the reason.
            var meeting = r.recipient() == Recipient.MARAC ? MaracMeetingName.parse(r.recipientName()) : java.util.Optional.<MaracMeetingName>empty();
            String recipient = meeting.map(MaracMeetingName::forThePerson)
                    .orElse(r.recipientName() != null ? r.recipientName() : r.recipient().label());
            String why = meeting.isPresent() ? "so that the agencies at the meeting could plan how to keep you safe" : r.justification();
            records.add(new SharingRecord(r.id(), recipient,
                    r.immigrationEnforcement(), r.purpose().label(), r.status().label(), r.decision().outcomeLabel(), r.requestedAt(),
                    r.disclosure() == null ? null : r.disclosure().disclosedAt(),
                    r.disclosure() == null ? Set.of() : r.disclosure().dataCategories().stream().map(DataCategory::label)
                            .collect(Collectors.toCollection(java.util.TreeSet::new)),
                    why, owed && r.status() == Sharing.Status.DISCLOSED,
                    r.status() == Sharing.Status.PROHIBITED || r.status() == Sharing.Status.REFUSED));
        }
        records.sort((a, b) -> b.requestedAt().compareTo(a.requestedAt()));
        return records;
    }

    @Override
    @Transactional
    public boolean referralMadeFrom(UUID sharingRequestId, UUID caseId, UUID personId, String note) {
        RequestView request = sharing.get(sharingRequestId);
        if (!request.caseId().equals(caseId) || !request.personId().equals(personId)) {
            throw new uk.safeshare.shared.InvalidRequestException("sharingRequest", "That sharing request is about someone else");
        }
        if (!request.owes(Obligation.OFFER_SPECIALIST_REFERRAL)) {
            return false;
        }
        disclosing.meet(sharingRequestId, Obligation.OFFER_SPECIALIST_REFERRAL, new ObligationMet(note));
        return true;
    }

    @Override
    @Transactional
    public int recordPersonTold(UUID caseId, UUID personId, String how) {
        int met = 0;
        for (SharingRecord record : sharingAbout(caseId, personId)) {
            if (record.tellingOwed()) {
                disclosing.meet(record.requestId(), Obligation.TELL_PERSON_WHAT_AND_WHY, new ObligationMet(how));
                met++;
            }
        }
        return met;
    }
}
