package uk.safeshare.pathways.internal;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import uk.safeshare.pathways.DirectoryCommands.ServiceDetails;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.Specialism;

@Table("support_service")
record SupportServiceRow(@Id UUID id, String name, String description, String contactRoutes, String capacityNotes,
                         boolean regulatedAdviser, UUID organisationId, boolean active, Instant createdAt, Instant updatedAt,
                         @MappedCollection(idColumn = "support_service") Set<SpecialismRow> specialisms,
                         @MappedCollection(idColumn = "support_service") Set<LanguageRow> languages,
                         @MappedCollection(idColumn = "support_service") Set<AreaRow> areas,
                         @Version Long version) {

    @Table("support_service_specialism")
    record SpecialismRow(Specialism specialism) {
    }

    @Table("support_service_language")
    record LanguageRow(String language) {
    }

    @Table("support_service_area")
    record AreaRow(String area) {
    }

    static SupportServiceRow create(ServiceDetails d, Instant now) {
        return from(UUID.randomUUID(), d, now, now, null);
    }

    SupportServiceRow revise(ServiceDetails d, Instant now) {
        return from(id, d, createdAt, now, version);
    }

    private static SupportServiceRow from(UUID id, ServiceDetails d, Instant createdAt, Instant now, Long version) {
        return new SupportServiceRow(id, d.name().trim(), blank(d.description()), d.contactRoutes().trim(), blank(d.capacityNotes()),
                d.regulatedAdviser(), d.organisationId(), d.active(), createdAt, now,
                d.specialisms().stream().map(SpecialismRow::new).collect(Collectors.toSet()),
                d.languages().stream().map(LanguageRow::new).collect(Collectors.toSet()),
                d.areas().stream().map(a -> new AreaRow(a.trim())).collect(Collectors.toSet()), version);
    }

    SupportService view() {
        return new SupportService(id, name, description,
                specialisms.stream().map(SpecialismRow::specialism).collect(Collectors.toCollection(TreeSet::new)),
                languages.stream().map(LanguageRow::language).collect(Collectors.toCollection(TreeSet::new)),
                areas.stream().map(AreaRow::area).collect(Collectors.toCollection(TreeSet::new)),
                contactRoutes, capacityNotes, regulatedAdviser, organisationId, active, updatedAt, version == null ? 0 : version);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
