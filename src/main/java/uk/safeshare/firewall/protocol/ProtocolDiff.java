package uk.safeshare.firewall.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two published protocol versions, in plain words, worked out from the parsed
 * settings and rules rather than from the text, so that a change of comment, layout or order says
 * nothing and a change of meaning is always named. Officers read these lines before the version's
 * full text.
 */
public final class ProtocolDiff {

    private final RuleSet rules;

    public ProtocolDiff() {
        this(RuleSet.standard());
    }

    public ProtocolDiff(RuleSet rules) {
        this.rules = rules;
    }

    /** One change: what it is about (a setting or a rule's title) and what changed. */
    public record Change(String about, String what) {
    }

    /** Every change from {@code before} to {@code after}; with no earlier version, every rule in force is listed as new. */
    public List<Change> between(ProtocolDocument before, ProtocolDocument after) {
        Objects.requireNonNull(after, "after");
        List<Change> changes = new ArrayList<>();
        if (before == null) {
            changes.add(new Change("The protocol", "This is the first version published: every rule below is new to you."));
            after.settings().rules().values().stream().filter(RuleConfig::enabled)
                    .forEach(r -> changes.add(new Change(title(r.ruleId()), r.text().strip())));
            return changes;
        }
        for (ParameterSpec spec : ProtocolSettings.SPECS) {
            Object was = before.settings().setting(spec.name());
            Object now = after.settings().setting(spec.name());
            if (!was.equals(now)) {
                changes.add(new Change(sentence(spec.description()), changeOf(was, now)));
            }
        }
        Map<String, RuleConfig> old = before.settings().rules();
        for (RuleConfig rule : after.settings().rules().values()) {
            RuleConfig was = old.get(rule.ruleId());
            String about = title(rule.ruleId());
            if (was == null) {
                changes.add(new Change(about, "New rule" + (rule.enabled() ? "" : ", switched off") + ": " + rule.text().strip()));
                continue;
            }
            if (was.enabled() != rule.enabled()) {
                changes.add(new Change(about, rule.enabled() ? "Switched on: it now applies." : "Switched off: it no longer applies."));
            }
            if (!normal(was.text()).equals(normal(rule.text()))) {
                changes.add(new Change(about, "Reworded. It now reads: " + rule.text().strip()));
            }
            if (!normal(was.source()).equals(normal(rule.source()))) {
                changes.add(new Change(about, "Its source is now: " + rule.source().strip()));
            }
            for (Map.Entry<String, Object> p : rule.parameters().entrySet()) {
                Object before1 = was.parameters().get(p.getKey());
                if (!Objects.equals(before1, p.getValue())) {
                    changes.add(new Change(about, words(p.getKey()) + ": " + (before1 == null ? "now " + show(p.getValue())
                            : changeOf(before1, p.getValue()))));
                }
            }
        }
        for (RuleConfig gone : old.values()) {
            if (!after.settings().rules().containsKey(gone.ruleId())) {
                changes.add(new Change(title(gone.ruleId()), "Removed from the protocol."));
            }
        }
        if (changes.isEmpty()) {
            changes.add(new Change("The protocol", "No rule or setting changed: only its title, summary or layout."));
        }
        return changes;
    }

    private String title(String ruleId) {
        return rules.find(ruleId).map(Rule::title).orElse(words(ruleId));
    }

    private static String changeOf(Object was, Object now) {
        if (was instanceof Collection<?> a && now instanceof Collection<?> b) {
            Set<String> added = new TreeSet<>();
            Set<String> removed = new TreeSet<>();
            b.stream().filter(x -> !a.contains(x)).forEach(x -> added.add(show(x)));
            a.stream().filter(x -> !b.contains(x)).forEach(x -> removed.add(show(x)));
            List<String> parts = new ArrayList<>();
            if (!added.isEmpty()) {
                parts.add("added " + String.join(", ", added));
            }
            if (!removed.isEmpty()) {
                parts.add("removed " + String.join(", ", removed));
            }
            return capital(String.join("; ", parts)) + ".";
        }
        return "was " + show(was) + ", now " + show(now) + ".";
    }

    private static String show(Object value) {
        return switch (value) {
            case Boolean b -> b ? "yes" : "no";
            case Enum<?> e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            case Collection<?> c -> c.isEmpty() ? "none" : String.join(", ", c.stream().map(ProtocolDiff::show).toList());
            default -> String.valueOf(value);
        };
    }

    /** {@code alsoCoversWitnesses} as "also covers witnesses". */
    private static String words(String name) {
        return capital(name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.ROOT));
    }

    /** The first sentence of a setting's description, without its full stop, names it. */
    private static String sentence(String description) {
        int end = description.indexOf(". ");
        String first = end < 0 ? description : description.substring(0, end);
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
