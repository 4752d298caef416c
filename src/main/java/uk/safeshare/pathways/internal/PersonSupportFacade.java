package uk.safeshare.pathways.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.PersonSupport;
import uk.safeshare.pathways.Specialism;

@Component
class PersonSupportFacade implements PersonSupport {

    private final Referrals referrals;
    private final Directory directory;

    PersonSupportFacade(Referrals referrals, Directory directory) {
        this.referrals = referrals;
        this.directory = directory;
    }

    @Override
    @Transactional
    public List<SupportOffered> referralsFor(UUID caseId, UUID personId) {
        Map<UUID, SupportService> services = new LinkedHashMap<>();
        return referrals.forPerson(caseId, personId).stream().map(r -> {
            SupportService s = services.computeIfAbsent(r.supportServiceId(), directory::get);
            return new SupportOffered(r.serviceName(), r.needs().stream().map(Specialism::label).collect(Collectors.toCollection(TreeSet::new)),
                    r.status().label(), r.intermediary(), s.contactRoutes(), s.regulatedAdviser());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportOffered> organisationsFor(Set<Specialism> needs, String language) {
        return directory.search(new DirectoryQuery(null, null, null, null, false)).stream()
                .filter(s -> s.specialisms().stream().anyMatch(needs::contains))
                .sorted(Comparator.comparing((SupportService s) -> language != null && s.languages().contains(language) ? 0 : 1)
                        .thenComparing(SupportService::name))
                .map(s -> new SupportOffered(s.name(), s.specialisms().stream().filter(needs::contains).map(Specialism::label)
                        .collect(Collectors.toCollection(TreeSet::new)), null, false, s.contactRoutes(), s.regulatedAdviser()))
                .toList();
    }
}
