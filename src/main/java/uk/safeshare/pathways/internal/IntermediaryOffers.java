package uk.safeshare.pathways.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.safeshare.firewall.SpecialistOffers;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.Specialism;

/** The directory's organisations that advise on immigration or support migrant victims, for the firewall's decisions. */
@Component
class IntermediaryOffers implements SpecialistOffers {

    private final Directory directory;

    IntermediaryOffers(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<Offer> intermediaries() {
        Map<UUID, SupportService> specialists = new LinkedHashMap<>();
        for (Specialism need : List.of(Specialism.IMMIGRATION_ADVICE, Specialism.MIGRANT_BAME_LED_SUPPORT)) {
            directory.search(new DirectoryQuery(need, null, null, null, false)).forEach(s -> specialists.putIfAbsent(s.id(), s));
        }
        return specialists.values().stream()
                .map(s -> new Offer(s.name(), s.specialisms().stream().map(Specialism::label).toList())).toList();
    }
}
