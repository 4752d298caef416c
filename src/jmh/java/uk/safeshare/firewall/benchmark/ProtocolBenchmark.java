package uk.safeshare.firewall.benchmark;

import com.cedarpolicy.model.AuthorizationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import uk.safeshare.firewall.protocol.Decision;
import uk.safeshare.firewall.protocol.ProtocolEngine;
import uk.safeshare.firewall.protocol.SharingFacts;

/**
 * Decisions per second, single-threaded, over the same fixed mix of 10,000 requests: SafeShare's
 * protocol engine against the same rules in Cedar. Before measuring, every request is decided by
 * both and the run stops if they differ on allow/deny for any of them. One operation is one decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class ProtocolBenchmark {

    private List<SharingFacts> requests;
    private List<AuthorizationRequest> cedarRequests;
    private ProtocolEngine engine;
    private CedarProtocol cedar;

    @Setup
    public void setUp() throws Exception {
        requests = RequestMix.requests();
        engine = ProtocolEngine.withDefaultProtocol();
        cedar = new CedarProtocol();
        cedarRequests = new ArrayList<>(requests.size());
        for (SharingFacts facts : requests) {
            cedarRequests.add(CedarProtocol.request(facts));
        }
        assertSameAllowDeny();
    }

    private void assertSameAllowDeny() throws Exception {
        int allowed = 0;
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Decision decision = engine.decide(requests.get(i));
            boolean cedarAllows = cedar.isAllowed(cedarRequests.get(i));
            if (decision.allowsDisclosure() != cedarAllows) {
                disagreements.add("request " + i + ": engine " + decision.kind() + ", Cedar "
                        + (cedarAllows ? "allow" : "deny") + ", facts " + requests.get(i));
            }
            if (cedarAllows) {
                allowed++;
            }
        }
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException(disagreements.size() + " of " + requests.size()
                    + " requests decided differently, first: " + disagreements.subList(0, Math.min(5, disagreements.size())));
        }
        System.out.printf("%nAgreement: the engine and Cedar (%d policies) give the same allow/deny on all %d"
                + " requests (%d allowed, %d denied).%n", cedar.policyCount(), requests.size(), allowed,
                requests.size() - allowed);
    }

    /** SafeShare's engine: facts in, a decision with every reason and obligation out. */
    @Benchmark
    @OperationsPerInvocation(RequestMix.SIZE)
    public void engine(Blackhole blackhole) {
        for (SharingFacts facts : requests) {
            blackhole.consume(engine.decide(facts));
        }
    }

    /** Cedar, given requests already converted to Cedar's form: allow or deny out. */
    @Benchmark
    @OperationsPerInvocation(RequestMix.SIZE)
    public void cedar(Blackhole blackhole) throws Exception {
        for (AuthorizationRequest request : cedarRequests) {
            blackhole.consume(cedar.isAllowed(request));
        }
    }

    /** Cedar including the conversion of the facts into a Cedar request, as a caller would need. */
    @Benchmark
    @OperationsPerInvocation(RequestMix.SIZE)
    public void cedarIncludingConversion(Blackhole blackhole) throws Exception {
        for (SharingFacts facts : requests) {
            blackhole.consume(cedar.isAllowed(CedarProtocol.request(facts)));
        }
    }
}
