package uk.safeshare.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator gets from {@code SAFESHARE_LOG_FORMAT=ecs}: SafeShare started as its own process, the way
 * a container runs it, writes every line of its console log as one JSON object, and a line written while a
 * request is served carries that request's id (the one the caller gets in {@code X-Request-Id}), so a log
 * search joins a complaint, the log and the audit entries up.
 */
class JsonLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void every_console_line_is_json_and_a_line_written_for_a_request_carries_its_request_id(@TempDir Path data) throws Exception {
        int port = start(data);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;

        String signInPage = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(csrf.find()).as("the sign-in form carries its CSRF token").isTrue();
        String form = "username=json.log.check&password=" + URLEncoder.encode("not the password", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as("a wrong password sends the person back to the sign-in page").isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();

        JsonNode failure = awaitLine(line -> line.contains("SIGN_IN_FAILED"));
        assertThat(failure.path("requestId").asString()).as("the security event's line names the request it was written for")
                .isEqualTo(requestId);
        assertThat(failure.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(failure.path("@timestamp").asString()).isNotBlank();

        assertThat(lines).as("the console log, every line").isNotEmpty().allSatisfy(line ->
                assertThat(JSON.readTree(line).isObject()).as(line).isTrue());
    }

    /** Starts SafeShare from the test's own class path in a process of its own, with JSON logs asked for. */
    private int start(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "uk.safeshare.SafeShareApplication", "--server.port=0", "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--safeshare.demo.enabled=false")
                .redirectErrorStream(true);
        builder.environment().put("SAFESHARE_LOG_FORMAT", "ecs");
        builder.environment().put("SAFESHARE_DATA_DIR", data.toString());
        // The test talks plain HTTP on loopback: a Secure session cookie would never be sent back to it.
        builder.environment().put("SAFESHARE_COOKIE_SECURE", "false");
        // A logging check needs no shared database: the embedded one in its own folder, whatever the suite runs on.
        builder.environment().remove("SAFESHARE_DB_URL");
        server = builder.start();
        Files.createDirectories(data);

        AtomicInteger port = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    lines.add(line);
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        port.set(Integer.parseInt(m.group(1)));
                        started.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
            started.countDown();
        });
        assertThat(started.await(180, TimeUnit.SECONDS)).as("SafeShare started within 3 minutes").isTrue();
        assertThat(port.get()).as("the port Tomcat reported (log so far: %s)", lines).isPositive();
        return port.get();
    }

    private JsonNode awaitLine(java.util.function.Predicate<String> wanted) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            for (String line : lines) {
                if (wanted.test(line)) {
                    return JSON.readTree(line);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such line among the console log's " + lines.size() + " lines; the last: "
                + lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
