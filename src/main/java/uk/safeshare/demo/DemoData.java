package uk.safeshare.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeshare.cases.CaseCommands.PersonDetails;
import uk.safeshare.cases.CaseCommands.ReportDetails;
import uk.safeshare.cases.CrimeType;
import uk.safeshare.cases.ObservedEthnicity;
import uk.safeshare.cases.PersonRole;
import uk.safeshare.cases.SafeContactMethod;
import uk.safeshare.cases.SelfDefinedEthnicity;
import uk.safeshare.cases.StatusBasis;
import uk.safeshare.cases.Vulnerability;
import uk.safeshare.cases.Cases;
import uk.safeshare.identity.Identity;
import uk.safeshare.identity.OrganisationKind;
import uk.safeshare.identity.Role;
import uk.safeshare.identity.UserCommands.CreateOrganisation;
import uk.safeshare.identity.UserCommands.CreateTeam;
import uk.safeshare.identity.UserCommands.CreateUser;
import uk.safeshare.identity.Administration;
import uk.safeshare.pathways.DirectoryCommands.ServiceDetails;
import uk.safeshare.pathways.Specialism;
import uk.safeshare.pathways.SpecialistDirectory;

/**
 * Seeds a fictional force (Northmoor Constabulary), its PCC's office, two teams, three partner
 * organisations, one user per role and a few cases, the first time SafeShare starts on an empty
 * database with demo data on; then prints the sign-ins and the address at every start.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String FORCE = "Northmoor Constabulary";

    private final Administration admin;
    private final Cases cases;
    private final SpecialistDirectory directory;
    private final Identity identity;
    private final TransactionTemplate tx;
    private final Environment environment;
    private final boolean enabled;
    private final String fixedPassword;
    private final Path dataDir;

    DemoData(Administration admin, Cases cases, SpecialistDirectory directory, Identity identity,
             TransactionTemplate tx, Environment environment, @Value("${safeshare.demo.enabled:false}") boolean enabled,
             @Value("${safeshare.demo.password:}") String fixedPassword, @Value("${safeshare.data-dir}") String dataDir) {
        this.admin = admin;
        this.cases = cases;
        this.directory = directory;
        this.identity = identity;
        this.tx = tx;
        this.environment = environment;
        this.enabled = enabled;
        this.fixedPassword = fixedPassword;
        this.dataDir = Path.of(dataDir);
    }

    record DemoUser(String username, String name, Role role, String org, String team) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("officer.a", "Sam Okafor", Role.OFFICER, FORCE, "Safeguarding Team North"),
            new DemoUser("officer.b", "Priya Nair", Role.OFFICER, FORCE, "Safeguarding Team South"),
            new DemoUser("caseworker", "Lena Kowalska", Role.CASEWORKER, FORCE, "Safeguarding Team North"),
            new DemoUser("sergeant", "Tom Adeyemi", Role.SUPERVISOR, FORCE, "Safeguarding Team North"),
            new DemoUser("dpo", "Ruth Ellison", Role.DPO, FORCE, null),
            new DemoUser("marac", "Grace Mensah", Role.MARAC_COORDINATOR, FORCE, null),
            new DemoUser("analyst", "Ian Price", Role.ANALYST, "Office of the Northmoor Police and Crime Commissioner", null),
            new DemoUser("governance", "Amira Haddad", Role.GOVERNANCE, "Office of the Northmoor Police and Crime Commissioner", null),
            new DemoUser("auditor", "Helen Brooks", Role.AUDITOR, FORCE, null),
            new DemoUser("admin", "Chris Doyle", Role.ADMIN, FORCE, null),
            // A second administrator, so that approving a role grant (two administrators) can be shown.
            new DemoUser("admin2", "Morgan Blake", Role.ADMIN, FORCE, null),
            new DemoUser("partner.harbour", "Fatima Begum", Role.PARTNER, "Harbour Migrant Women's Project", null),
            new DemoUser("partner.advice", "Jonas Petrov", Role.PARTNER, "Northmoor Immigration Advice Centre", null));

    @EventListener(ApplicationReadyEvent.class)
    void seedAndAnnounce() {
        if (!enabled) {
            return;
        }
        Map<String, String> passwords;
        try {
            passwords = seedIfEmpty();
        } catch (RuntimeException e) {
            // Two instances starting together on one database: the other one seeded it.
            log.warn("Demo data was not seeded: {}", e.getMessage());
            passwords = readPasswords();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n  SafeShare is ready at http://localhost:" + port + "/\n  Demo sign-ins (fictional force " + FORCE + "):\n");
        for (DemoUser u : USERS) {
            banner.append(String.format("    %-16s %-22s password: %s%n", u.username(), u.role().label(),
                    passwords.getOrDefault(u.username(), "(see " + dataDir.resolve("demo-sign-ins.txt") + ")")));
        }
        log.info(banner.toString());
    }

    Map<String, String> seedIfEmpty() {
        boolean seeded = identity.organisations().stream().anyMatch(o -> o.name().equals(FORCE));
        if (seeded) {
            return addSecondAdministrator(readPasswords());
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        tx.executeWithoutResult(status -> {
            Map<String, UUID> orgs = new LinkedHashMap<>();
            orgs.put(FORCE, org(FORCE, OrganisationKind.FORCE));
            orgs.put("Office of the Northmoor Police and Crime Commissioner", org("Office of the Northmoor Police and Crime Commissioner", OrganisationKind.PCC_OFFICE));
            orgs.put("Harbour Migrant Women's Project", org("Harbour Migrant Women's Project", OrganisationKind.PARTNER));
            orgs.put("Northmoor Immigration Advice Centre", org("Northmoor Immigration Advice Centre", OrganisationKind.PARTNER));
            orgs.put("Riverside IDVA Service", org("Riverside IDVA Service", OrganisationKind.PARTNER));
            Map<String, UUID> teams = new LinkedHashMap<>();
            for (String team : List.of("Safeguarding Team North", "Safeguarding Team South")) {
                teams.put(team, admin.createTeam(new CreateTeam(orgs.get(FORCE), team), "system").id().value());
            }
            for (DemoUser u : USERS) {
                String password = fixedPassword.isBlank() ? randomPassword() : fixedPassword;
                passwords.put(u.username(), password);
                admin.createUser(new CreateUser(u.username(), u.name(), u.username() + "@northmoor.example", orgs.get(u.org()),
                        u.team() == null ? null : teams.get(u.team()), Set.of(u.role()), false, password), "system");
            }
        });
        identity.runAs("officer.a", () -> tx.execute(status -> seedCases()));
        identity.runAs("admin", () -> tx.execute(status -> seedDirectory()));
        writePasswords(passwords);
        return passwords;
    }

    private UUID seedCases() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        UUID first = cases.openCase(new ReportDetails(EnumSet.of(CrimeType.DOMESTIC_ABUSE), now.minus(3, ChronoUnit.DAYS),
                "Eastfield", "Neighbour called police after hearing shouting. Victim reports repeated assaults by her husband, who keeps her passport."));
        cases.addPerson(first, new PersonDetails(PersonRole.VICTIM, "Amina", "Haddad", LocalDate.of(1991, 4, 12),
                StatusBasis.CONCERNS_OR_DOUBTS_ONLY, null, SelfDefinedEthnicity.O2, ObservedEthnicity.IC6, "SY", "ar", true,
                SafeContactMethod.THROUGH_SUPPORT_ORGANISATION, "Only through Harbour Migrant Women's Project",
                EnumSet.of(Vulnerability.DOCUMENTS_WITHHELD, Vulnerability.NO_RECOURSE_TO_PUBLIC_FUNDS, Vulnerability.LIMITED_ENGLISH)));
        cases.addPerson(first, new PersonDetails(PersonRole.SUSPECT, "Karim", "Haddad", LocalDate.of(1985, 9, 2),
                StatusBasis.CONFIRMED_LAWFUL_STATUS, null, null, ObservedEthnicity.IC6, "GB", "en", false,
                SafeContactMethod.NOT_YET_AGREED, null, Set.of()));
        UUID second = cases.openCase(new ReportDetails(EnumSet.of(CrimeType.MODERN_SLAVERY), now.minus(10, ChronoUnit.DAYS),
                "Port district", "Car wash workers living on site; one worker approached a PCSO asking for help."));
        cases.addPerson(second, new PersonDetails(PersonRole.VICTIM, "Andrei", "Popescu", LocalDate.of(2001, 1, 20),
                StatusBasis.NOT_KNOWN, null, SelfDefinedEthnicity.W9, ObservedEthnicity.IC1, "RO", "ro", true,
                SafeContactMethod.IN_PERSON, null, EnumSet.of(Vulnerability.ISOLATED)));
        return first;
    }

    private int seedDirectory() {
        Map<String, UUID> partners = new LinkedHashMap<>();
        identity.organisations().forEach(o -> partners.put(o.name(), o.id().value()));
        directory.create(new ServiceDetails("Harbour Migrant Women's Project",
                "Led by and for migrant and BAME women; caseworkers speak Arabic, Urdu, Tigrinya and Farsi. Can act as intermediary with the Home Office.",
                Set.of(Specialism.MIGRANT_BAME_LED_SUPPORT, Specialism.EMOTIONAL_SUPPORT, Specialism.HOUSING_REFUGE),
                Set.of("en", "ar", "ur", "ti", "fa"), Set.of("Eastfield", "Port district", "Northmoor city"),
                "Ask the officer to refer you, or call the helpline 0800 000 0001 (weekdays 9 to 5)", "Two refuge spaces usually free",
                false, partners.get("Harbour Migrant Women's Project"), true));
        directory.create(new ServiceDetails("Northmoor Immigration Advice Centre",
                "Free, regulated immigration advice (OISC level 3), including domestic violence concessions and EUSS late applications.",
                Set.of(Specialism.IMMIGRATION_ADVICE, Specialism.LEGAL_ADVICE),
                Set.of("en", "ro", "pl", "ar"), Set.of("Northmoor county"),
                "Ask the officer to refer you, or come to the drop-in on Tuesdays", "Appointments within 10 working days",
                true, partners.get("Northmoor Immigration Advice Centre"), true));
        directory.create(new ServiceDetails("Riverside IDVA Service",
                "Independent domestic violence advisers for high-risk victims; attends MARAC.",
                Set.of(Specialism.IDVA, Specialism.EMOTIONAL_SUPPORT),
                Set.of("en", "pa", "ur"), Set.of("Northmoor county"),
                "referrals@riverside-idva.example (secure e-mail)", null,
                false, partners.get("Riverside IDVA Service"), true));
        directory.create(new ServiceDetails("Unseen Northmoor",
                "Modern slavery and trafficking support, including safe house places and NRM support.",
                Set.of(Specialism.MODERN_SLAVERY_SUPPORT, Specialism.HOUSING_REFUGE),
                Set.of("en", "ro", "sq", "vi"), Set.of("Northmoor county", "Port district"),
                "24-hour line 0800 000 0002", null, false, null, true));
        return 4;
    }

    private UUID org(String name, OrganisationKind kind) {
        return admin.createOrganisation(new CreateOrganisation(name, kind), "system").id().value();
    }

    private static String randomPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** A demo database seeded before there was a second administrator gets one. */
    private Map<String, String> addSecondAdministrator(Map<String, String> passwords) {
        if (identity.user("admin2").isPresent()) {
            return passwords;
        }
        DemoUser second = USERS.stream().filter(u -> u.username().equals("admin2")).findFirst().orElseThrow();
        var force = identity.organisations().stream().filter(o -> o.name().equals(FORCE)).findFirst().orElseThrow();
        String password = fixedPassword.isBlank() ? randomPassword() : fixedPassword;
        tx.executeWithoutResult(status -> admin.createUser(new CreateUser(second.username(), second.name(),
                second.username() + "@northmoor.example", force.id().value(), null, Set.of(Role.ADMIN), false, password), "system"));
        Map<String, String> all = new LinkedHashMap<>(passwords);
        all.put(second.username(), password);
        writePasswords(all);
        return all;
    }

    private void writePasswords(Map<String, String> passwords) {
        List<String> lines = new ArrayList<>();
        passwords.forEach((u, p) -> lines.add(u + "=" + p));
        try {
            uk.safeshare.shared.PrivateFiles.write(dataDir.resolve("demo-sign-ins.txt"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            log.warn("Could not save the demo sign-ins: {}", e.getMessage());
        }
    }

    private Map<String, String> readPasswords() {
        Map<String, String> passwords = new LinkedHashMap<>();
        if (!fixedPassword.isBlank()) {
            USERS.forEach(u -> passwords.put(u.username(), fixedPassword));
            return passwords;
        }
        try {
            for (String line : Files.readAllLines(dataDir.resolve("demo-sign-ins.txt"), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    passwords.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // The database was seeded elsewhere; the banner says where to look.
        }
        return passwords;
    }
}
