package uk.safeshare.firewall.protocol;

import java.util.Objects;

/**
 * Decides sharing requests under one protocol version. Immutable and thread-safe: build one per
 * published version and share it.
 *
 * <pre>
 * ProtocolEngine engine = new ProtocolEngine(new ProtocolParser().parseResource(ProtocolDocument.DEFAULT_RESOURCE));
 * Decision decision = engine.decide(facts);
 * switch (decision) {
 *     case Decision.Prohibited p -&gt; ...
 *     case Decision.PermittedWithObligations p -&gt; ...
 *     case Decision.ReferForReview r -&gt; ...
 * }
 * </pre>
 */
public final class ProtocolEngine {

    private final ProtocolDocument protocol;
    private final RuleSet ruleSet;
    private final ProtocolVersion version;

    public ProtocolEngine(ProtocolDocument protocol) {
        this(protocol, RuleSet.standard());
    }

    public ProtocolEngine(ProtocolDocument protocol, RuleSet ruleSet) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.version = protocol.version();
    }

    /** An engine for the default protocol shipped on the classpath. */
    public static ProtocolEngine withDefaultProtocol() {
        return new ProtocolEngine(new ProtocolParser().parseResource(ProtocolDocument.DEFAULT_RESOURCE));
    }

    public Decision decide(SharingFacts facts) {
        return ruleSet.decide(facts, protocol.settings(), version);
    }

    public ProtocolDocument protocol() {
        return protocol;
    }

    public ProtocolVersion version() {
        return version;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }
}
