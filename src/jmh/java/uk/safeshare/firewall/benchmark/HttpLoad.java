package uk.safeshare.firewall.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A closed-loop load generator for the whole HTTP request that asks the firewall to share
 * ({@code POST /api/v1/sharing-requests}: authenticate the bearer token, decide under the protocol
 * in force, store the request and its obligations, append to the audit chain, and answer 201 with
 * the decision). It talks to a running SafeShare on the loopback interface only.
 *
 * <p>Set-up, not measured: sign in as an officer through the sign-in form, issue an API token on the
 * tokens page, and record through the API six cases (one per mix of crime types) with 32 people
 * each (every role, every immigration-status basis, adult and child). Then a fixed list of request
 * bodies is drawn from a seeded random mix weighted like a force's requests (as
 * {@link RequestMix}): most to partners for safeguarding and support, about one in six to
 * immigration enforcement or another part of the Home Office.
 *
 * <p>Measured: after a warm-up, for each number of concurrent clients the same fixed list of
 * requests is sent; each client sends its next request as soon as its previous answer has been read
 * in full (no think time). A level stops when every request has been answered or its time limit
 * has passed. Prints throughput and latency percentiles per level, every answer that was not 201
 * (none is hidden; the exit status is 1 if there was any), and where the CPU went.
 *
 * <pre>java -cp target/test-classes uk.safeshare.firewall.benchmark.HttpLoad --base-url=http://127.0.0.1:8095 \
 *     --password=... [--user=officer.a] [--clients=1,8,32] [--requests=4000] [--warmup=3000] \
 *     [--warmup-clients=8] [--max-seconds=300] [--seed=20261217] [--server-pid=N] [--database-pids=N,N,...] \
 *     [--acknowledged=FILE] [--setup-file=FILE]</pre>
 *
 * <p>{@code --base-url} may list several instances of SafeShare on one database, separated by commas: the
 * set-up talks to the first and the measured requests alternate between them (request i goes to instance
 * i mod n). {@code --acknowledged=FILE} appends the id of every sharing request answered 201, one a line,
 * as soon as the answer is read (the ops scripts check each is stored). {@code --setup-file=FILE} keeps the
 * token, the people and the register's choices in FILE after the set-up and reads them from there next
 * time, so a generator restarted against the same database starts sending at once.
 *
 * <p>With the server's process id and the process ids of the PostgreSQL backends serving its
 * connection pool, it also reports the CPU each used during each level (Linux only, from /proc).
 */
public final class HttpLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern OUTCOME = Pattern.compile("\"decision\":\\{\"outcome\":\"([A-Z_]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern ISSUED_TOKEN = Pattern.compile("id=\"issued-token\"[^>]*>\\s*(ss_[0-9a-f]+)\\s*<");

    private HttpLoad() {
    }

    record Options(List<URI> baseUrls, String user, String password, List<Integer> clients, int requests, int warmup,
                   int warmupClients, Duration maxPerLevel, long seed, long serverPid, List<Long> databasePids,
                   Path acknowledged, Path setupFile) {

        URI baseUrl() {
            return baseUrls.getFirst();
        }

        static Options parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                if (!arg.startsWith("--") || eq < 0) {
                    throw new IllegalArgumentException("Options are --name=value; got " + arg);
                }
                given.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
            Options o = new Options(
                    Arrays.stream(given.getOrDefault("base-url", "http://127.0.0.1:8095").split(",")).map(String::trim)
                            .map(URI::create).toList(),
                    given.getOrDefault("user", "officer.a"),
                    given.getOrDefault("password", System.getenv().getOrDefault("SAFESHARE_DEMO_PASSWORD", "")),
                    Arrays.stream(given.getOrDefault("clients", "1,8,32").split(",")).map(String::trim)
                            .map(Integer::parseInt).toList(),
                    Integer.parseInt(given.getOrDefault("requests", "4000")),
                    Integer.parseInt(given.getOrDefault("warmup", "3000")),
                    Integer.parseInt(given.getOrDefault("warmup-clients", "8")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("max-seconds", "300"))),
                    Long.parseLong(given.getOrDefault("seed", "20261217")),
                    Long.parseLong(given.getOrDefault("server-pid", "0")),
                    Arrays.stream(given.getOrDefault("database-pids", "").split(",")).map(String::trim)
                            .filter(s -> !s.isEmpty()).map(Long::parseLong).toList(),
                    given.containsKey("acknowledged") ? Path.of(given.get("acknowledged")) : null,
                    given.containsKey("setup-file") ? Path.of(given.get("setup-file")) : null);
            Map<String, String> known = new HashMap<>(given);
            List.of("base-url", "user", "password", "clients", "requests", "warmup", "warmup-clients", "max-seconds",
                    "seed", "server-pid", "database-pids", "acknowledged", "setup-file").forEach(known::remove);
            if (!known.isEmpty()) {
                throw new IllegalArgumentException("Unknown options: " + known.keySet());
            }
            if (o.password.isEmpty()) {
                throw new IllegalArgumentException("Give --password (or set SAFESHARE_DEMO_PASSWORD)");
            }
            if (o.requests < 1 || o.warmup < 0 || o.clients.stream().anyMatch(c -> c < 1 || c > 256)) {
                throw new IllegalArgumentException("--requests must be at least 1 and clients between 1 and 256");
            }
            return o;
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        for (URI base : options.baseUrls()) {
            requireLoopback(base);
        }
        HttpClient http = client();
        SetUp setUp = SetUp.make(http, options);
        String token = setUp.token();
        People people = setUp.people();
        Map<String, String> register = setUp.register();
        Sender sender = new Sender(http, options.baseUrls().stream().map(b -> b.resolve("/api/v1/sharing-requests")).toList(),
                token, Acknowledged.to(options.acknowledged()));
        List<String> measured = Mix.bodies(people, register, new Random(options.seed()), options.requests());
        boolean clean = true;
        if (options.warmup() > 0) {
            List<String> warmup = Mix.bodies(people, register, new Random(options.seed() + 1), options.warmup());
            Result w = sender.run("warm-up", warmup, options.warmupClients(), options.maxPerLevel(), options);
            System.out.printf("Warm-up: %d requests at %d clients in %.1f s (%d not 201).%n", w.completed(),
                    options.warmupClients(), w.seconds(), w.notCreated());
            w.printProblems();
            clean = w.notCreated() == 0 && !w.stoppedByTime();
        }

        List<Result> results = new ArrayList<>();
        for (int clients : options.clients()) {
            LocalTime started = LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
            Result r = sender.run(clients + " clients", measured, clients, options.maxPerLevel(), options);
            results.add(r);
            System.out.printf("%d clients: %d of %d requests in %.1f s (%s to %s)%s.%n", clients, r.completed(),
                    measured.size(), r.seconds(), started, LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                    r.stoppedByTime() ? ", stopped by the time limit" : "");
            r.printProblems();
        }

        System.out.println();
        System.out.println("| clients | requests | not 201 | of which errors | seconds | requests/s | p50 ms | p90 ms | p99 ms | max ms |"
                + " CPU: machine | server JVM | PostgreSQL | generator | other |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.println(r.tableRow());
        }
        System.out.println();
        System.out.println("CPU, in cores used on average during the level (the machine has "
                + Runtime.getRuntime().availableProcessors() + "): the whole machine; the server JVM; the PostgreSQL"
                + " backends of the server's connection pool; this generator; and everything else on the machine.");
        System.out.println("Decisions in each measured level: " + results.getFirst().outcomes());

        clean &= results.stream().allMatch(r -> r.notCreated() == 0 && !r.stoppedByTime());
        if (!clean) {
            System.out.println("NOT CLEAN: some requests were not answered 201, or a level hit its time limit.");
        }
        System.exit(clean ? 0 : 1);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static void requireLoopback(URI base) throws IOException {
        if (!"http".equals(base.getScheme()) || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("The load generator only talks to http:// on the loopback interface, not " + base);
        }
    }

    // ---- Set-up: a token and people to ask about ----

    /** Signs in through the form as a person would and issues a one-day token on the tokens page. */
    static String issueToken(Options options) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        URI base = options.baseUrl();
        String signIn = expect(browser, HttpRequest.newBuilder(base.resolve("/sign-in")).GET().build(), 200).body();
        HttpResponse<String> signedIn = expect(browser, form(base.resolve("/sign-in"), Map.of(
                "username", options.user(), "password", options.password(), "_csrf", csrf(signIn))), 302);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("/sign-in")) {
            throw new IllegalStateException("Sign-in as " + options.user() + " failed (redirected to " + location
                    + "). Is the session cookie Secure? Start SafeShare with SAFESHARE_COOKIE_SECURE=false.");
        }
        String tokensPage = expect(browser, HttpRequest.newBuilder(base.resolve("/account/tokens")).GET().build(), 200).body();
        String issued = expect(browser, form(base.resolve("/account/tokens"), Map.of(
                "label", "HTTP load generator", "days", "1", "_csrf", csrf(tokensPage))), 200).body();
        Matcher m = ISSUED_TOKEN.matcher(issued);
        if (!m.find()) {
            throw new IllegalStateException("The tokens page did not show an issued token");
        }
        return m.group(1);
    }

    private static String csrf(String page) {
        Matcher input = CSRF_INPUT.matcher(page);
        if (!input.find()) {
            throw new IllegalStateException("No _csrf field on the page");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("The _csrf field has no value");
        }
        return value.group(1);
    }

    private static HttpRequest form(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> expect(HttpClient client, HttpRequest request, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " (expected " + status + "): " + abbreviate(response.body()));
        }
        return response;
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    /** People on officer.a's team's cases, one for each crime-type mix, role, status basis and age group. */
    record People(Map<String, Person> byKey) {

        record Person(String caseId, String personId) {
        }

        static final List<String> CRIME_TYPES = List.of("DOMESTIC_ABUSE", "DOMESTIC_ABUSE,SERIOUS_SEXUAL_OFFENCE",
                "MODERN_SLAVERY", "MODERN_SLAVERY,DOMESTIC_ABUSE", "SERIOUS_SEXUAL_OFFENCE", "OTHER");
        static final List<String> ROLES = List.of("VICTIM", "WITNESS", "SUSPECT", "VICTIM_AND_SUSPECT");
        static final List<String> STATUS = List.of("NOT_KNOWN", "CONCERNS_OR_DOUBTS_ONLY",
                "EVIDENCE_OF_IMMIGRATION_OFFENCE", "CONFIRMED_LAWFUL_STATUS");

        static String key(String crimeTypes, String role, String status, boolean child) {
            return crimeTypes + "|" + role + "|" + status + "|" + child;
        }

        Person get(String crimeTypes, String role, String status, boolean child) {
            return byKey.get(key(crimeTypes, role, status, child));
        }

        int size() {
            return byKey.size();
        }

        static People record(HttpClient http, URI base, String token) throws IOException, InterruptedException {
            Map<String, Person> people = new LinkedHashMap<>();
            String adult = "1990-05-17";
            String child = LocalDate.now().minusYears(12).minusDays(40).toString();
            for (String crimeTypes : CRIME_TYPES) {
                String report = """
                        {"crimeTypes":[%s],"occurredAt":"2026-01-10T21:30:00Z","area":"Eastfield","summary":"Reported by a neighbour"}"""
                        .formatted(Arrays.stream(crimeTypes.split(",")).map(t -> "\"" + t + "\"").collect(Collectors.joining(",")));
                String caseId = lastSegment(expect(http, json(base.resolve("/api/v1/cases"), token, report), 201));
                for (String role : ROLES) {
                    for (String status : STATUS) {
                        for (boolean isChild : new boolean[] {false, true}) {
                            String evidence = status.equals("EVIDENCE_OF_IMMIGRATION_OFFENCE")
                                    ? "\"statusEvidence\":\"Admitted overstaying a visitor visa in interview\"," : "";
                            String person = """
                                    {"role":"%s","givenName":"Amina","familyName":"Haddad","dateOfBirth":"%s","statusBasis":"%s",%s
                                     "ethnicitySelfDefined":"O2","ethnicityObserved":"IC6","nationality":"SY","language":"ar",
                                     "interpreterNeeded":true,"safeContactMethod":"THROUGH_SUPPORT_ORGANISATION",
                                     "vulnerabilities":["DOCUMENTS_WITHHELD"]}"""
                                    .formatted(role, isChild ? child : adult, status, evidence);
                            String personId = lastSegment(expect(http,
                                    json(base.resolve("/api/v1/cases/" + caseId + "/people"), token, person), 201));
                            people.put(key(crimeTypes, role, status, isChild), new Person(caseId, personId));
                        }
                    }
                }
            }
            return new People(people);
        }

        private static String lastSegment(HttpResponse<String> created) {
            String location = created.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("201 without a Location header"));
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** The register's first active organisation of each recipient category, as GET /api/v1/register lists them. */
    static final class Register {
        private static final Pattern ENTRY = Pattern.compile(
                "\\{\"id\":\"([0-9a-f-]{36})\".*?\"category\":\"([A-Z_]+)\".*?\"active\":(true|false)");

        private Register() {
        }

        static Map<String, String> byCategory(HttpClient http, URI base, String token) throws IOException, InterruptedException {
            HttpRequest list = HttpRequest.newBuilder(base.resolve("/api/v1/register")).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
            Map<String, String> first = new LinkedHashMap<>();
            var m = ENTRY.matcher(expect(http, list, 200).body());
            while (m.find()) {
                if (m.group(3).equals("true")) {
                    first.putIfAbsent(m.group(2), m.group(1));
                }
            }
            if (!first.containsKey("SPECIALIST_ORGANISATION")) {
                throw new IllegalStateException("The register lists no specialist organisation; support referrals need one");
            }
            return first;
        }
    }

    static HttpRequest json(URI uri, String token, String body) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    // ---- The mix of requests ----

    /** Request bodies drawn with the weights of {@link RequestMix}, adapted to what the API requires. */
    static final class Mix {

        private Mix() {
        }

        static List<String> bodies(People people, Map<String, String> register, Random random, int count) {
            List<String> bodies = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                bodies.add(body(people, register, random));
            }
            return List.copyOf(bodies);
        }

        private static String body(People people, Map<String, String> register, Random random) {
            String role = pick(random, People.ROLES, 65, 20, 5, 10);
            String crimeTypes = pick(random, People.CRIME_TYPES, 50, 5, 8, 3, 12, 22);
            String status = pick(random, People.STATUS, 50, 25, 10, 15);
            boolean child = random.nextInt(100) < 12;
            People.Person person = people.get(crimeTypes, role, status, child);

            String recipient = pick(random, List.of("LOCAL_AUTHORITY", "SPECIALIST_ORGANISATION", "MARAC",
                    "IMMIGRATION_ENFORCEMENT", "OTHER_HOME_OFFICE", "MODERN_SLAVERY_REFERRAL_MECHANISM",
                    "OTHER_POLICE_FORCE", "FORCED_MARRIAGE_UNIT", "OTHER"), 28, 16, 10, 13, 3, 6, 15, 2, 7);
            String purpose = purposeFor(recipient, random);
            String stage = pick(random, List.of("INITIAL_REPORT", "INVESTIGATION", "SAFEGUARDING_AND_SUPPORT",
                    "CHARGE_AND_PROSECUTION", "POST_CASE"), 35, 30, 20, 10, 5);
            boolean suspected = role.equals("VICTIM_AND_SUSPECT") || random.nextInt(20) == 0;
            String consent = pick(random, List.of("GIVEN", "REFUSED", "NOT_ASKED", "NOT_CAPABLE"), 50, 15, 30, 5);
            List<String> data = new ArrayList<>(List.of("IDENTITY", "CONTACT_DETAILS"));
            if (random.nextInt(3) == 0) {
                data.add("OFFENCE_DETAILS");
            }
            if (random.nextInt(4) == 0) {
                data.add("VULNERABILITY");
            }
            if (random.nextInt(5) == 0) {
                data.add(random.nextBoolean() ? "ETHNICITY" : "HEALTH");
            }
            String lawfulBasis = pick(random, List.of("LAW_ENFORCEMENT_NECESSITY", "PUBLIC_TASK", "VITAL_INTERESTS",
                    "LAW_ENFORCEMENT_CONSENT"), 85, 7, 4, 4);
            boolean threatToLife = random.nextInt(50) == 0;

            StringBuilder json = new StringBuilder(512);
            json.append("{\"caseId\":\"").append(person.caseId()).append("\",\"personId\":\"").append(person.personId())
                    .append('"');
            // Recipients are organisations in the register (its first of each category); a name typed instead
            // is screened, and only for organisations the register does not hold.
            String organisation = register.get(recipient);
            if (organisation != null) {
                json.append(",\"organisationId\":\"").append(organisation).append('"');
            } else {
                json.append(",\"recipientName\":\"Northmoor Tenants' Advice Service\"");
            }
            json.append(",\"purpose\":\"").append(purpose).append("\",\"pathwayStage\":\"").append(stage)
                    .append("\",\"dataCategories\":[")
                    .append(data.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",")))
                    .append("],\"lawfulBasis\":\"").append(lawfulBasis)
                    .append("\",\"justification\":\"Needed to protect the victim from further abuse\",\"consent\":\"")
                    .append(consent).append("\",\"suspectedOfOtherOffence\":").append(suspected);
            if (suspected) {
                json.append(",\"suspicion\":\"Assault during the same incident\"");
            }
            json.append(",\"threatToLife\":").append(threatToLife).append('}');
            return json.toString();
        }

        private static String purposeFor(String recipient, Random random) {
            return switch (recipient) {
                case "LOCAL_AUTHORITY", "MARAC", "FORCED_MARRIAGE_UNIT" -> random.nextInt(10) < 9 ? "SAFEGUARDING" : "OTHER";
                case "SPECIALIST_ORGANISATION" -> random.nextInt(10) < 9 ? "SUPPORT_REFERRAL" : "SAFEGUARDING";
                case "MODERN_SLAVERY_REFERRAL_MECHANISM" -> "MODERN_SLAVERY_REFERRAL";
                case "IMMIGRATION_ENFORCEMENT", "OTHER_HOME_OFFICE" -> pick(random, List.of("IMMIGRATION_STATUS_CHECK",
                        "INVESTIGATION", "SAFEGUARDING", "OTHER"), 40, 35, 15, 10);
                case "OTHER_POLICE_FORCE" -> pick(random, List.of("INVESTIGATION", "SAFEGUARDING", "PROSECUTION"), 50, 35, 15);
                default -> pick(random, List.of("IMMIGRATION_STATUS_CHECK", "SAFEGUARDING", "INVESTIGATION", "PROSECUTION",
                        "MODERN_SLAVERY_REFERRAL", "SUPPORT_REFERRAL", "OTHER"), 5, 30, 15, 10, 5, 15, 20);
            };
        }

        private static String pick(Random random, List<String> values, int... weights) {
            if (values.size() != weights.length) {
                throw new IllegalArgumentException("one weight per value");
            }
            int roll = random.nextInt(Arrays.stream(weights).sum());
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return values.get(i);
                }
            }
            throw new IllegalStateException();
        }
    }

    // ---- Sending and measuring ----

    static final class Sender {

        private final HttpClient http;
        private final List<URI> uris;
        private final String token;
        private final Acknowledged acknowledged;

        Sender(HttpClient http, List<URI> uris, String token, Acknowledged acknowledged) {
            this.http = http;
            this.uris = uris;
            this.token = token;
            this.acknowledged = acknowledged;
        }

        /** Sends every body once, from {@code clients} threads, each waiting for its answer before its next request. */
        Result run(String name, List<String> bodies, int clients, Duration limit, Options options) throws InterruptedException {
            int n = bodies.size();
            long[] latency = new long[n];
            int[] status = new int[n];
            String[] outcome = new String[n];
            String[] problem = new String[n];
            AtomicInteger next = new AtomicInteger();
            CpuSample before = CpuSample.take(options);
            long start = System.nanoTime();
            long deadline = start + limit.toNanos();
            List<Thread> threads = new ArrayList<>(clients);
            for (int c = 0; c < clients; c++) {
                threads.add(Thread.ofPlatform().name(name + "-" + c).start(() -> {
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < n) {
                        HttpRequest request = json(uris.get(i % uris.size()), token, bodies.get(i));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            latency[i] = System.nanoTime() - t0;
                            status[i] = response.statusCode();
                            if (status[i] == 201) {
                                acknowledged.add(response);
                                Matcher m = OUTCOME.matcher(response.body());
                                outcome[i] = m.find() ? m.group(1) : "UNREADABLE";
                            } else {
                                problem[i] = status[i] + " " + abbreviate(response.body());
                            }
                        } catch (IOException e) {
                            latency[i] = System.nanoTime() - t0;
                            status[i] = -1;
                            problem[i] = e.getClass().getSimpleName() + ": " + e.getMessage();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            long elapsed = System.nanoTime() - start;
            CpuSample after = CpuSample.take(options);
            return Result.of(clients, status, latency, outcome, problem, elapsed, next.get() < n || hasUnsent(status),
                    before, after);
        }

        private static boolean hasUnsent(int[] status) {
            return Arrays.stream(status).anyMatch(s -> s == 0);
        }
    }

    record Result(int clients, int completed, int notCreated, int errors, double seconds, long[] sortedLatency,
                  Map<String, Integer> outcomes, Map<String, Integer> problems, boolean stoppedByTime,
                  CpuSample before, CpuSample after) {

        static Result of(int clients, int[] status, long[] latency, String[] outcome, String[] problem, long elapsedNanos,
                         boolean stoppedByTime, CpuSample before, CpuSample after) {
            int completed = 0;
            int notCreated = 0;
            int errors = 0;
            long[] done = new long[status.length];
            Map<String, Integer> outcomes = new TreeMap<>();
            Map<String, Integer> problems = new TreeMap<>();
            for (int i = 0; i < status.length; i++) {
                if (status[i] == 0) {
                    continue;
                }
                done[completed++] = latency[i];
                if (status[i] == -1) {
                    errors++;
                } else if (status[i] != 201) {
                    notCreated++;
                }
                if (outcome[i] != null) {
                    outcomes.merge(outcome[i], 1, Integer::sum);
                }
                if (problem[i] != null) {
                    problems.merge(problem[i], 1, Integer::sum);
                }
            }
            long[] sorted = Arrays.copyOf(done, completed);
            Arrays.sort(sorted);
            return new Result(clients, completed, notCreated + errors, errors, elapsedNanos / 1e9, sorted, outcomes,
                    problems, stoppedByTime, before, after);
        }

        /** Nearest-rank percentile, in milliseconds. */
        double percentile(double p) {
            if (sortedLatency.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedLatency.length);
            return sortedLatency[Math.max(0, rank - 1)] / 1e6;
        }

        String tableRow() {
            return String.format("| %d | %d | %d | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %s |", clients, completed,
                    notCreated, errors, seconds, completed / seconds, percentile(50), percentile(90), percentile(99),
                    percentile(100), after.cores(before));
        }

        void printProblems() {
            problems.forEach((p, count) -> System.out.printf("  not 201 (%d times): %s%n", count, p));
        }
    }

    /**
     * CPU time so far, in clock ticks: the machine's busy and total time (all cores), the server JVM's, the
     * PostgreSQL backends' and this process's. Linux only; -1 where unknown.
     */
    record CpuSample(long machineBusy, long machineTotal, long server, long database, long generatorNanos) {

        private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

        static CpuSample take(Options options) {
            long busy = -1;
            long total = -1;
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
                long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                total = 0;
                for (int i = 1; i <= 8 && i < cpu.length; i++) {
                    total += Long.parseLong(cpu[i]);
                }
                busy = total - idle;
            } catch (IOException | RuntimeException e) {
                // not Linux: the CPU columns show "n/a"
            }
            long database = options.databasePids().isEmpty() ? -1 : 0;
            for (long pid : options.databasePids()) {
                long ticks = processTicks(pid);
                database = ticks < 0 || database < 0 ? -1 : database + ticks;
            }
            long generator = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : -1;
            return new CpuSample(busy, total, options.serverPid() > 0 ? processTicks(options.serverPid()) : -1, database,
                    generator);
        }

        /** User and system time of a process, or -1 if it cannot be read (or has gone). */
        private static long processTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** Cores used on average between {@code before} and this sample: machine, server, database, generator, other. */
        String cores(CpuSample before) {
            if (machineTotal < 0 || before.machineTotal < 0 || machineTotal == before.machineTotal) {
                return "n/a | n/a | n/a | n/a | n/a";
            }
            int cores = Runtime.getRuntime().availableProcessors();
            double seconds = (machineTotal - before.machineTotal) / TICKS_PER_SECOND / cores;
            double machine = (machineBusy - before.machineBusy) / TICKS_PER_SECOND / seconds;
            double serverCores = server < 0 || before.server < 0 ? Double.NaN : (server - before.server) / TICKS_PER_SECOND / seconds;
            double databaseCores = database < 0 || before.database < 0 ? Double.NaN
                    : (database - before.database) / TICKS_PER_SECOND / seconds;
            double generatorCores = generatorNanos < 0 ? Double.NaN : (generatorNanos - before.generatorNanos) / 1e9 / seconds;
            double other = machine - serverCores - databaseCores - generatorCores;
            return String.join(" | ", format(machine), format(serverCores), format(databaseCores), format(generatorCores),
                    format(other));
        }

        private static String format(double cores) {
            return Double.isNaN(cores) ? "n/a" : String.format("%.2f", cores);
        }
    }
}
