package uk.safeshare.firewall.protocol;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Replays a draft protocol against past sharing requests, to show a DPO, before publishing, which
 * decisions would change and how.
 *
 * <pre>
 * Replay.Result result = new Replay(draftDocument).run(pastDecisions, (done, total) -&gt; ...);
 * </pre>
 */
public final class Replay {

    /** How often, at most, progress is reported: every this many requests (and at the end). */
    public static final int PROGRESS_EVERY = 250;

    private final ProtocolEngine draft;

    public Replay(ProtocolDocument draft) {
        this(new ProtocolEngine(draft));
    }

    public Replay(ProtocolEngine draft) {
        this.draft = Objects.requireNonNull(draft, "draft");
    }

    /** A past request: its id, its facts, and the decision that was made on it. */
    public record PastDecision(String requestId, SharingFacts facts, Decision decision) {
        public PastDecision {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** Told how far a replay has got; called from the thread running the replay. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void replayed(int done, int total);
    }

    /** What would differ between the decision made and the draft's decision. */
    public enum Difference {
        /** Prohibited, permitted or referred differs. */
        OUTCOME("The decision would be different"),
        /** Still referred, but to different reviewers. */
        REVIEWER("A different reviewer would decide"),
        /** The obligations owed would differ. */
        OBLIGATIONS("The obligations would be different"),
        /** The same decision, but for different reasons (different rules would fire). */
        REASONS("The decision would be the same, for different reasons");

        private final String label;

        Difference(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One request whose decision would change under the draft. */
    public record Change(String requestId, SharingFacts facts, Decision before, Decision after, Set<Difference> differences) {

        public Change {
            differences = Set.copyOf(differences);
        }

        /** Whether the decision itself (prohibited, permitted, referred) would change. */
        public boolean outcomeChanged() {
            return differences.contains(Difference.OUTCOME);
        }

        /** Rule ids that fire under the draft but did not fire before. */
        public List<String> rulesNowFiring() {
            List<String> before = ruleIds(this.before);
            return ruleIds(after).stream().filter(id -> !before.contains(id)).toList();
        }

        /** Rule ids that fired before but do not fire under the draft. */
        public List<String> rulesNoLongerFiring() {
            List<String> after = ruleIds(this.after);
            return ruleIds(before).stream().filter(id -> !after.contains(id)).toList();
        }

        /** One line a DPO can read, for example "Refer for review → Prohibited". */
        public String summary() {
            return describe(before) + " \u2192 " + describe(after);
        }

        private static String describe(Decision decision) {
            return switch (decision) {
                case Decision.ReferForReview refer -> "Refer for review (" + refer.reviewer().label() + ")";
                case Decision.PermittedWithObligations permitted when permitted.emergency() ->
                        "Permitted in an emergency";
                default -> decision.kind().label();
            };
        }
    }

    /** The result of a replay: which version was replayed, over how many requests, and every change. */
    public record Result(ProtocolVersion draft, int replayed, List<Change> changes) {
        public Result {
            changes = List.copyOf(changes);
        }

        public long outcomeChanges() {
            return changes.stream().filter(Change::outcomeChanged).count();
        }
    }

    public Result run(List<PastDecision> past) {
        return run(past, Progress.NONE);
    }

    /**
     * Decides every past request under the draft and compares. Progress is reported every
     * {@link #PROGRESS_EVERY} requests and once at the end. A replay whose thread is interrupted
     * stops and throws {@link ReplayInterruptedException}.
     */
    public Result run(List<PastDecision> past, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        int total = past.size();
        List<Change> changes = new ArrayList<>();
        int done = 0;
        for (PastDecision request : past) {
            Decision after = draft.decide(request.facts());
            Set<Difference> differences = differences(request.decision(), after);
            if (!differences.isEmpty()) {
                changes.add(new Change(request.requestId(), request.facts(), request.decision(), after, differences));
            }
            done++;
            if (done % PROGRESS_EVERY == 0 && done < total) {
                progress.replayed(done, total);
                if (Thread.currentThread().isInterrupted()) {
                    throw new ReplayInterruptedException(done, total);
                }
            }
        }
        progress.replayed(done, total);
        return new Result(draft.version(), total, changes);
    }

    /** How two decisions on the same request differ; empty if they are the same (protocol version aside). */
    public static Set<Difference> differences(Decision before, Decision after) {
        Set<Difference> differences = EnumSet.noneOf(Difference.class);
        if (before.kind() != after.kind()
                || (before instanceof Decision.PermittedWithObligations b
                        && after instanceof Decision.PermittedWithObligations a
                        && b.emergency() != a.emergency())) {
            differences.add(Difference.OUTCOME);
        } else if (before instanceof Decision.ReferForReview b
                && after instanceof Decision.ReferForReview a
                && b.reviewer() != a.reviewer()) {
            differences.add(Difference.REVIEWER);
        }
        if (!before.obligations().equals(after.obligations())) {
            differences.add(Difference.OBLIGATIONS);
        }
        if (!ruleIds(before).equals(ruleIds(after))) {
            differences.add(Difference.REASONS);
        }
        return differences;
    }

    private static List<String> ruleIds(Decision decision) {
        return decision.outcomes().stream().map(RuleOutcome::ruleId).toList();
    }

    /** Thrown when a replay's thread is interrupted. */
    public static final class ReplayInterruptedException extends RuntimeException {
        public ReplayInterruptedException(int done, int total) {
            super("replay interrupted after " + done + " of " + total + " requests");
        }
    }
}
