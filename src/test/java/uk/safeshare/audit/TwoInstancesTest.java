package uk.safeshare.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.safeshare.SafeShareApplication;
import uk.safeshare.support.TestData;
import uk.safeshare.support.Tokens;

/**
 * Two SafeShare instances, each its own application on its own port, share one database (the
 * test database: PostgreSQL in CI) and take requests at the same time. Every acknowledged case is
 * stored, its entry is integrated into the one Merkle tree exactly once (whichever instance runs the
 * sequencer), and the log they wrote together verifies.
 */
class TwoInstancesTest {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SafeShareApplication.class).profiles("test")
                .run("--server.port=0", "--spring.main.banner-mode=off");
    }

    private static String url(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/api/v1/cases";
    }

    @Test
    void both_instances_write_to_one_audit_tree_and_lose_nothing() throws Exception {
        assertThat(url(first)).isNotEqualTo(url(second));
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        String firstToken = first.getBean(Tokens.class).bearer("officer.a");
        String secondToken = second.getBean(Tokens.class).bearer("caseworker");
        long casesBefore = jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single();
        long seqBefore = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();

        HttpClient http = HttpClient.newHttpClient();
        int requests = 60;
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < requests; i++) {
                boolean even = i % 2 == 0;
                String target = url(even ? first : second);
                String token = even ? firstToken : secondToken;
                results.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(target))
                                .header("Authorization", token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(TestData.aReport().json())).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(201);
            }
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single()).isEqualTo(casesBefore + requests);
        assertThat(second.getBean(TransparencyLog.class).awaitIntegration(java.time.Duration.ofSeconds(30))).isTrue();
        List<Long> places = jdbc.sql("SELECT n.idx FROM audit_entry e LEFT JOIN audit_tree_node n ON n.level = 0 AND n.seq = e.seq"
                + " WHERE e.seq > ?").param(seqBefore).query(Long.class).list();
        assertThat(places).doesNotContainNull().doesNotHaveDuplicates();
        long size = jdbc.sql("SELECT tree_size FROM audit_tree_head").query(Long.class).single();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT seq) FROM audit_tree_node WHERE level = 0").query(Long.class).single())
                .as("every place in the tree taken by a different entry").isEqualTo(size);
        long collections = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE seq > ? AND action = 'COLLECTION'")
                .param(seqBefore).query(Long.class).single();
        assertThat(collections).as("one audit entry per acknowledged case").isGreaterThanOrEqualTo(requests);
        Verification verification = second.getBean(AuditLog.class).verify();
        assertThat(verification.ok()).as(verification.describe()).isTrue();
    }
}
