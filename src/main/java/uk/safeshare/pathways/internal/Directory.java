package uk.safeshare.pathways.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationId;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.pathways.DirectoryCommands.DirectoryQuery;
import uk.safeshare.pathways.DirectoryCommands.ImportReport;
import uk.safeshare.pathways.DirectoryCommands.RowProblem;
import uk.safeshare.pathways.DirectoryCommands.ServiceDetails;
import uk.safeshare.pathways.DirectoryCommands.SupportService;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.shared.InvalidRequestException;
import uk.safeshare.shared.csv.CsvFiles;
import uk.safeshare.shared.IsoCodes;
import uk.safeshare.shared.NotFoundException;
import uk.safeshare.shared.validation.CommandValidator;

/** The directory of specialist organisations: keep it, search it, import and export it as CSV. */
@Service
public class Directory implements uk.safeshare.pathways.SpecialistDirectory {

    static final List<String> CSV_HEADER = List.of("name", "description", "specialisms", "languages", "areas", "contact_routes",
            "capacity_notes", "regulated_adviser", "active");
    static final int MAX_IMPORT_ROWS = 2000;

    private final SupportServiceRepository services;
    private final CommandValidator validator;
    private final Identity identity;
    private final Clock clock;
    private final uk.safeshare.register.Register register;

    Directory(SupportServiceRepository services, CommandValidator validator, Identity identity, Clock clock,
              uk.safeshare.register.Register register) {
        this.register = register;
        this.services = services;
        this.validator = validator;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SupportService> search(DirectoryQuery query) {
        String language = query.language() == null || query.language().isBlank() ? null : query.language().trim().toLowerCase(Locale.ROOT);
        String area = query.area() == null || query.area().isBlank() ? null : query.area().trim().toLowerCase(Locale.ROOT);
        String text = query.text() == null || query.text().isBlank() ? null : query.text().trim().toLowerCase(Locale.ROOT);
        return services.findAllOrdered().stream().map(SupportServiceRow::view)
                .filter(s -> query.includeInactive() || s.active())
                .filter(s -> query.need() == null || s.covers(query.need()))
                .filter(s -> language == null || s.languages().contains(language))
                .filter(s -> area == null || s.areas().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(area)))
                .filter(s -> text == null || (s.name() + " " + (s.description() == null ? "" : s.description()))
                        .toLowerCase(Locale.ROOT).contains(text))
                .toList();
    }

    @Transactional(readOnly = true)
    public SupportService get(UUID id) {
        return services.findById(id).map(SupportServiceRow::view).orElseThrow(() -> new NotFoundException("No organisation " + id));
    }

    @Transactional
    public SupportService create(ServiceDetails details) {
        requireEditor();
        check(details, null);
        return services.save(registered(SupportServiceRow.create(details, clock.instant()))).view();
    }

    @Transactional
    public SupportService update(UUID id, ServiceDetails details) {
        requireEditor();
        SupportServiceRow current = services.findById(id).orElseThrow(() -> new NotFoundException("No organisation " + id));
        check(details, id);
        return services.save(registered(current.revise(details, clock.instant()))).view();
    }

    /** All or nothing: every row is checked, and nothing is stored unless every row is good. */
    @Transactional
    public ImportReport importCsv(String csv) {
        requireEditor();
        List<CsvFiles.Row> rows;
        try {
            rows = CsvFiles.read(csv);
        } catch (CsvFiles.NotCsv e) {
            return new ImportReport(0, 0, List.of(new RowProblem(0, "The file is not valid CSV: " + e.getMessage())));
        }
        if (rows.isEmpty() || !rows.getFirst().fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList().equals(CSV_HEADER)) {
            return new ImportReport(0, 0, List.of(new RowProblem(1, "The first row must be the header: " + String.join(",", CSV_HEADER))));
        }
        if (rows.size() - 1 > MAX_IMPORT_ROWS) {
            return new ImportReport(rows.size() - 1, 0, List.of(new RowProblem(0, "At most " + MAX_IMPORT_ROWS + " rows can be imported at once")));
        }
        List<RowProblem> problems = new ArrayList<>();
        Map<String, ServiceDetails> parsed = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            int rowNumber = (int) rows.get(i).number();
            try {
                ServiceDetails details = fromCsv(rows.get(i).fields());
                SupportServiceRow existing = services.findByName(details.name().trim()).orElse(null);
                check(details, existing == null ? null : existing.id());
                if (parsed.putIfAbsent(details.name().trim().toLowerCase(Locale.ROOT), details) != null) {
                    problems.add(new RowProblem(rowNumber, "the name " + details.name() + " appears twice in the file"));
                }
            } catch (InvalidRequestException e) {
                problems.add(new RowProblem(rowNumber, e.fieldErrors().isEmpty() ? e.getMessage()
                        : e.fieldErrors().entrySet().stream().map(x -> x.getKey() + ": " + x.getValue()).collect(Collectors.joining("; "))));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(rows.size() - 1, 0, problems);
        }
        for (ServiceDetails details : parsed.values()) {
            var existing = services.findByName(details.name().trim());
            services.save(registered(existing.map(e -> e.revise(details, clock.instant()))
                    .orElseGet(() -> SupportServiceRow.create(details, clock.instant()))));
        }
        return new ImportReport(rows.size() - 1, parsed.size(), List.of());
    }

    @Transactional(readOnly = true)
    public String exportCsv() {
        List<List<String>> lines = new ArrayList<>();
        for (SupportServiceRow row : services.findAllOrdered()) {
            SupportService s = row.view();
            lines.add(List.of(s.name(), s.description() == null ? "" : s.description(),
                    s.specialisms().stream().map(Enum::name).collect(Collectors.joining(";")),
                    String.join(";", s.languages()), String.join(";", s.areas()), s.contactRoutes(),
                    s.capacityNotes() == null ? "" : s.capacityNotes(), Boolean.toString(s.regulatedAdviser()),
                    Boolean.toString(s.active())));
        }
        return CsvFiles.write(CSV_HEADER, lines);
    }

    /**
     * A directory entry is the register's entry for the organisation, with specialist details: the
     * register is written first, under the same id, so the two never disagree on who it is.
     */
    private SupportServiceRow registered(SupportServiceRow row) {
        register.keepDirectoryEntry(row.id(), row.name(), row.contactRoutes(), row.active(), row.organisationId());
        return row;
    }

    /** Administrators and caseworkers keep the directory; officers and supervisors use it. */
    private void requireEditor() {
        if (!identity.current().hasAny(uk.safeshare.identity.Role.ADMIN, uk.safeshare.identity.Role.CASEWORKER)) {
            throw new uk.safeshare.shared.ForbiddenException("Only administrators and caseworkers change the directory");
        }
    }

    private static ServiceDetails fromCsv(List<String> row) {
        if (row.size() != CSV_HEADER.size()) {
            throw new InvalidRequestException("row", "has " + row.size() + " fields; " + CSV_HEADER.size() + " are needed");
        }
        Set<Specialism> specialisms = new HashSet<>();
        for (String code : split(row.get(2))) {
            try {
                specialisms.add(Specialism.valueOf(code));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("specialisms", "'" + code + "' is not a specialism; use one of "
                        + Arrays.stream(Specialism.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return new ServiceDetails(row.get(0), row.get(1), specialisms, Set.copyOf(split(row.get(3))), Set.copyOf(split(row.get(4))),
                row.get(5), row.get(6), bool(row.get(7), "regulated_adviser"), null, bool(row.get(8), "active"));
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(";")).map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static boolean bool(String value, String field) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y" -> true;
            case "false", "no", "n", "" -> false;
            default -> throw new InvalidRequestException(field, "'" + value + "' must be true or false");
        };
    }

    private void check(ServiceDetails details, UUID self) {
        validator.validate(details);
        Map<String, String> errors = new LinkedHashMap<>();
        for (String language : details.languages()) {
            if (!IsoCodes.isLanguage(language)) {
                errors.put("languages", "'" + language + "' is not an ISO 639-1 language code");
            }
        }
        services.findByName(details.name().trim()).filter(s -> !s.id().equals(self))
                .ifPresent(s -> errors.put("name", "There is already an organisation called " + details.name().trim()));
        if (register.screen(details.name()).immigrationEnforcement()) {
            errors.put("name", "This name names immigration enforcement or another part of the Home Office, which is never"
                    + " a specialist organisation in the directory");
        }
        if (details.organisationId() != null) {
            boolean partner = identity.organisation(new OrganisationId(details.organisationId()))
                    .map(o -> o.kind() == OrganisationKind.PARTNER).orElse(false);
            if (!partner) {
                errors.put("organisationId", "Link only to a partner organisation that has SafeShare accounts");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", errors.values()), errors);
        }
    }
}
