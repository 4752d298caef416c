package uk.safeshare.youngpeople.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.crypto.SensitiveText;
import uk.safeshare.youngpeople.YoungPeopleCommands.ActionStatus;
import uk.safeshare.youngpeople.YoungPeopleViews.ActionView;
import uk.safeshare.youngpeople.YoungPeopleViews.EpisodeView;
import uk.safeshare.youngpeople.YoungPeopleViews.LinkView;
import uk.safeshare.youngpeople.YoungPeopleViews.ProfessionalView;
import uk.safeshare.youngpeople.YoungPeopleViews.ReviewView;
import uk.safeshare.youngpeople.YoungPeopleViews.RiskView;
import uk.safeshare.youngpeople.YoungPeopleViews.VulnerabilityView;
import uk.safeshare.youngpeople.YoungPeopleViews.YoungPersonView;

/** A young person's records as the tracker shows them (decrypted only here, in memory). */
@Component
class TrackerViews {

    private final CaseLinkRepository links;
    private final VulnerabilityRepository vulnerabilities;
    private final MissingEpisodeRepository episodes;
    private final RiskRepository risks;
    private final ProfessionalRepository professionals;
    private final ReviewRepository reviews;
    private final ActionRepository actions;
    private final Clock clock;

    TrackerViews(CaseLinkRepository links, VulnerabilityRepository vulnerabilities, MissingEpisodeRepository episodes,
                 RiskRepository risks, ProfessionalRepository professionals, ReviewRepository reviews, ActionRepository actions,
                 Clock clock) {
        this.links = links;
        this.vulnerabilities = vulnerabilities;
        this.episodes = episodes;
        this.risks = risks;
        this.professionals = professionals;
        this.reviews = reviews;
        this.actions = actions;
        this.clock = clock;
    }

    YoungPersonView view(YoungPersonRecord p) {
        Instant now = clock.instant();
        LocalDate today = TrackerRules.today(now);
        return new YoungPersonView(p.id(), SensitiveText.valueOf(p.givenName()), SensitiveText.valueOf(p.familyName()),
                p.dateOfBirth(), TrackerRules.age(p.dateOfBirth(), today), TrackerRules.child(p.dateOfBirth(), today),
                p.careLeaver(), p.leadAgency(), p.leadAgency().label(), p.riskLevel(), p.nextReviewOn(),
                TrackerRules.review(p.nextReviewOn(), today), p.createdBy(), p.createdAt(),
                links.findByYoungPerson(p.id()).stream()
                        .map(l -> new LinkView(l.caseId(), l.personId(), l.caseReference(), l.linkedBy(), l.linkedAt()))
                        .toList(),
                vulnerabilities.findByYoungPerson(p.id()).stream()
                        .map(v -> new VulnerabilityView(v.id(), v.kind(), v.kind().label(), SensitiveText.valueOf(v.details()),
                                v.identifiedOn(), v.recordedBy()))
                        .toList(),
                episodes.findByYoungPerson(p.id()).stream()
                        .map(e -> new EpisodeView(e.id(), e.fromCare(), e.wentMissingAt(), e.returnedAt(), e.returnInterviewOn(),
                                SensitiveText.valueOf(e.returnInterviewBy()), SensitiveText.valueOf(e.notes()),
                                e.returnedAt() == null,
                                TrackerRules.returnInterviewOverdue(e.returnedAt(), e.returnInterviewOn(), now),
                                e.version() == null ? 0 : e.version()))
                        .toList(),
                risks.findByYoungPerson(p.id()).stream()
                        .map(r -> new RiskView(r.riskLevel(), SensitiveText.valueOf(r.reason()), r.setBy(), r.setAt()))
                        .toList(),
                professionals.findByYoungPerson(p.id()).stream()
                        .map(r -> new ProfessionalView(r.id(), r.name(), r.agency(), r.agency().label(), r.jobRole()))
                        .toList(),
                reviews.findByYoungPerson(p.id()).stream()
                        .map(r -> new ReviewView(r.id(), r.heldOn(), r.agencies(), SensitiveText.valueOf(r.outcome()),
                                r.nextReviewOn(), r.recordedBy()))
                        .toList(),
                actions.findByYoungPerson(p.id()).stream()
                        .map(a -> new ActionView(a.id(), SensitiveText.valueOf(a.description()), a.owner(), a.ownerAgency(),
                                a.ownerAgency().label(), a.dueOn(), a.status(),
                                a.status() == ActionStatus.OPEN && a.dueOn().isBefore(today)))
                        .toList(),
                p.version() == null ? 0 : p.version());
    }
}
