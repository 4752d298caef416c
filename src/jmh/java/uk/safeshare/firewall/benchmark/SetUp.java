package uk.safeshare.firewall.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the load generator needs before it sends: a token, the people to ask about and the register's first
 * organisation of each category. Made through the API (sign in, issue a token, record six cases), or read back
 * from the file an earlier run kept ({@code --setup-file}), so a generator restarted against the same database
 * (after each kill of the crash test) starts sending at once.
 */
record SetUp(String token, HttpLoad.People people, Map<String, String> register) {

    static SetUp make(HttpClient http, HttpLoad.Options options) throws IOException, InterruptedException {
        if (options.setupFile() != null && Files.exists(options.setupFile())) {
            SetUp kept = read(Files.readAllLines(options.setupFile()));
            System.out.printf("Set-up: read from %s (%d people).%n", options.setupFile(), kept.people().size());
            return kept;
        }
        String token = HttpLoad.issueToken(options);
        HttpLoad.People people = HttpLoad.People.record(http, options.baseUrl(), token);
        System.out.printf("Set-up: signed in as %s, issued a token, recorded %d cases with %d people.%n",
                options.user(), HttpLoad.People.CRIME_TYPES.size(), people.size());
        SetUp made = new SetUp(token, people, HttpLoad.Register.byCategory(http, options.baseUrl(), token));
        if (options.setupFile() != null) {
            Files.write(options.setupFile(), made.lines());
        }
        return made;
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("token " + token);
        people.byKey().forEach((key, p) -> lines.add("person " + key + " " + p.caseId() + " " + p.personId()));
        register.forEach((category, id) -> lines.add("register " + category + " " + id));
        return lines;
    }

    private static SetUp read(List<String> lines) {
        String token = null;
        Map<String, HttpLoad.People.Person> people = new LinkedHashMap<>();
        Map<String, String> register = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "token" -> token = f[1];
                case "person" -> people.put(f[1], new HttpLoad.People.Person(f[2], f[3]));
                case "register" -> register.put(f[1], f[2]);
                default -> throw new IllegalArgumentException("Not a set-up line: " + line);
            }
        }
        if (token == null || people.isEmpty() || register.isEmpty()) {
            throw new IllegalArgumentException("The set-up file is incomplete");
        }
        return new SetUp(token, new HttpLoad.People(people), register);
    }
}
