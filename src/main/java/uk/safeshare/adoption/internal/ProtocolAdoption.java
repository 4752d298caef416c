package uk.safeshare.adoption.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.adoption.AdoptionFigures.Coverage;
import uk.safeshare.adoption.AdoptionFigures.CoverageLine;
import uk.safeshare.adoption.AdoptionViews.ChangeLine;
import uk.safeshare.adoption.AdoptionViews.CoverageView;
import uk.safeshare.adoption.AdoptionViews.NotRead;
import uk.safeshare.adoption.AdoptionViews.Reading;
import uk.safeshare.adoption.AdoptionViews.Setting;
import uk.safeshare.adoption.AdoptionViews.ToRead;
import uk.safeshare.firewall.ProtocolFigures;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.SafeShareUser;
import uk.safeshare.identity.TeamId;
import uk.safeshare.shared.ConflictException;
import uk.safeshare.shared.ForbiddenException;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.audit.AuditAction;
import uk.safeshare.shared.audit.DataProcessed;

/**
 * Reading the protocol in force: what changed, recording "I have read it", and coverage. Whether
 * someone has read it is always worked out against the version in force now, read from the firewall,
 * so a version published a moment ago asks everyone again at once on every instance.
 */
@Service
class ProtocolAdoption {

    /** The roles that ask to share or review sharing, and so must read each version. */
    static final Set<Role> MUST_READ = EnumSet.of(Role.OFFICER, Role.CASEWORKER, Role.SUPERVISOR, Role.DPO);

    private final ProtocolFigures protocol;
    private final ReadingStore store;
    private final Identity identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProtocolAdoption(ProtocolFigures protocol, ReadingStore store, Identity identity, ApplicationEventPublisher events, Clock clock) {
        this.protocol = protocol;
        this.store = store;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    static boolean mustRead(SafeShareUser user) {
        return user.roles().stream().anyMatch(MUST_READ::contains);
    }

    @Transactional(readOnly = true)
    public ToRead toRead() {
        SafeShareUser me = identity.current();
        if (!mustRead(me)) {
            throw new ForbiddenException("Only officers, caseworkers, supervisors and the data protection officer are asked to read the protocol here.");
        }
        var inForce = protocol.inForce().orElseThrow(() -> new NotFoundException("No protocol version has been published yet."));
        List<ChangeLine> changes = protocol.changesIn(inForce.id()).orElse(List.of()).stream()
                .map(c -> new ChangeLine(c.about(), c.what())).toList();
        String previous = store.version(inForce.id()).map(ReadingStore.Version::previousId).orElse(null);
        return new ToRead(inForce.id(), inForce.title(), inForce.publishedAt(), previous, changes, true,
                store.reading(inForce.id(), me.username()).map(Reading::readAt).orElse(null), store.setting().unreadBlocksSharing());
    }

    /** Records that the signed-in person has read {@code protocolId}, which must be the version in force. */
    @Transactional
    public Reading recordRead(String protocolId) {
        SafeShareUser me = identity.current();
        if (!mustRead(me)) {
            throw new ForbiddenException("Only officers, caseworkers, supervisors and the data protection officer record reading the protocol.");
        }
        var inForce = protocol.inForce().orElseThrow(() -> new NotFoundException("No protocol version has been published yet."));
        if (!Objects.equals(inForce.id(), protocolId)) {
            throw new ConflictException("Version " + protocolId + " is not the version in force: " + inForce.id()
                    + " is. Read what changed in it, then record that you have read it.");
        }
        if (store.recordReading(protocolId, me.username(), clock.instant())) {
            events.publishEvent(DataProcessed.of(AuditAction.COLLECTION, me.username(), null,
                    "recorded having read safeguarding protocol version " + protocolId));
        }
        return store.reading(protocolId, me.username()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Reading> myReadings() {
        return store.readingsBy(identity.current().username());
    }

    /** Coverage and who has not read it: a supervisor's own team, or everyone for governance and the DPO. */
    @Transactional
    public CoverageView coverage() {
        SafeShareUser me = identity.current();
        boolean all = me.hasAny(Role.GOVERNANCE, Role.DPO);
        if (!all && !me.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("Coverage of the protocol is for supervisors, governance and the data protection officer.");
        }
        if (!all && me.teamId() == null) {
            throw new ForbiddenException("You are not in a team, so there is no team coverage to show you.");
        }
        var inForce = protocol.inForce().orElseThrow(() -> new NotFoundException("No protocol version has been published yet."));
        List<SafeShareUser> people = identity.peopleWithAnyRole(MUST_READ).stream()
                .filter(p -> all || me.teamId().equals(p.teamId())).toList();
        Set<String> readers = store.readers(inForce.id());
        Map<TeamId, String> teams = new LinkedHashMap<>();
        identity.teams().forEach(t -> teams.put(t.id(), t.name()));
        Coverage coverage = coverage(inForce.id(), inForce.title(), people, readers, teams);
        List<NotRead> notRead = people.stream().filter(p -> !readers.contains(p.username()))
                .map(p -> new NotRead(p.username(), p.displayName(), teamName(p, teams),
                        p.roles().stream().filter(MUST_READ::contains).sorted().map(Role::label).toList()))
                .sorted(Comparator.comparing(NotRead::team).thenComparing(NotRead::displayName)).toList();
        String scope = all ? "Everyone asked to read it" : teams.getOrDefault(me.teamId(), "Your team");
        events.publishEvent(DataProcessed.of(AuditAction.CONSULTATION, me.username(), null,
                "viewed who has read safeguarding protocol version " + inForce.id() + " (" + scope + ")"));
        return new CoverageView(inForce.id(), inForce.title(), scope, coverage, notRead, store.setting().unreadBlocksSharing());
    }

    static Coverage coverage(String id, String title, List<SafeShareUser> people, Set<String> readers, Map<TeamId, String> teams) {
        long read = people.stream().filter(p -> readers.contains(p.username())).count();
        List<CoverageLine> byRole = new ArrayList<>();
        for (Role role : MUST_READ) {
            List<SafeShareUser> holding = people.stream().filter(p -> p.has(role)).toList();
            byRole.add(new CoverageLine(role.label(), holding.size(), holding.stream().filter(p -> readers.contains(p.username())).count()));
        }
        Map<String, List<SafeShareUser>> byTeamName = new java.util.TreeMap<>();
        people.forEach(p -> byTeamName.computeIfAbsent(teamName(p, teams), k -> new ArrayList<>()).add(p));
        List<CoverageLine> byTeam = byTeamName.entrySet().stream().map(e -> new CoverageLine(e.getKey(), e.getValue().size(),
                e.getValue().stream().filter(p -> readers.contains(p.username())).count())).toList();
        return new Coverage(id, title, people.size(), read, byRole, byTeam);
    }

    private static String teamName(SafeShareUser p, Map<TeamId, String> teams) {
        return p.teamId() == null ? "No team" : teams.getOrDefault(p.teamId(), "No team");
    }

    @Transactional(readOnly = true)
    public Setting setting() {
        return store.setting();
    }

    /** The DPO sets whether not having read the version in force blocks asking to share, or only shows it to the reviewer. */
    @Transactional
    public Setting changeSetting(Boolean unreadBlocksSharing) {
        SafeShareUser me = identity.current();
        if (!me.has(Role.DPO)) {
            throw new ForbiddenException("Only the data protection officer changes this setting.");
        }
        if (unreadBlocksSharing == null) {
            throw new uk.safeshare.shared.InvalidRequestException("Choose whether not having read the protocol blocks asking to share",
                    Map.of("unreadBlocksSharing", "Choose whether not having read the protocol blocks asking to share"));
        }
        store.changeSetting(unreadBlocksSharing, me.username(), clock.instant());
        events.publishEvent(DataProcessed.of(AuditAction.ALTERATION, me.username(), null,
                "set protocol reading to " + (unreadBlocksSharing ? "block asking to share until read" : "remind, and show the reviewer")));
        return store.setting();
    }

}
