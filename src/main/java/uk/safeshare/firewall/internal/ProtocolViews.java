package uk.safeshare.firewall.internal;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.safeshare.firewall.protocol.ParameterSpec;
import uk.safeshare.firewall.protocol.ProtocolDocument;
import uk.safeshare.firewall.protocol.ProtocolSettings;
import uk.safeshare.firewall.protocol.Rule;
import uk.safeshare.firewall.protocol.RuleConfig;
import uk.safeshare.firewall.protocol.RuleSet;

/** A protocol version as a document a DPO, an officer or a partner can read, and how a draft differs from it. */
public final class ProtocolViews {

    private ProtocolViews() {
    }

    /**
     * A setting or rule parameter: its name in the file, a short label, what it means, and its value
     * in words (and as written in the file).
     */
    public record SettingView(String name, String label, String description, String value, String code) {
    }

    private static final Map<String, String> LABELS = Map.of(
            ProtocolSettings.DOUBT_ONLY_PROHIBITION_COVERS, "Who the prohibition on sharing on doubt alone covers",
            ProtocolSettings.IMMIGRATION_ENFORCEMENT_RECIPIENTS, "Treated as immigration enforcement",
            ProtocolSettings.STATUTORY_PARTNERS, "Statutory partners for safeguarding",
            ProtocolSettings.RETENTION_DAYS, "Days after a disclosure when its record is reviewed for deletion",
            ProtocolSettings.EMERGENCY_OVERRIDES_PROHIBITIONS, "A threat to life permits sharing even where a rule prohibits it",
            ProtocolSettings.OBLIGATIONS_ON_EVERY_DISCLOSURE, "Owed on every disclosure");

    public record RuleView(String id, String title, boolean enabled, String mandatoryBecause, String text, String source,
                           List<SettingView> parameters) {
    }

    /**
     * @param inForce whether this is the version decisions are made under now
     * @param published when and by whom it was published; null for a draft
     */
    public record ProtocolView(String id, String contentHash, String title, String summary, boolean inForce,
                               String publishedBy, Instant published, List<SettingView> settings, List<RuleView> rules) {
    }

    public record VersionSummary(String id, String contentHash, String title, String publishedBy, Instant publishedAt,
                                 boolean inForce) {
    }

    static ProtocolView of(ProtocolDocument document, boolean inForce, String publishedBy, Instant published) {
        ProtocolSettings settings = document.settings();
        List<SettingView> settingViews = ProtocolSettings.SPECS.stream()
                .map(spec -> setting(spec, settings.setting(spec.name())))
                .toList();
        List<RuleView> rules = new ArrayList<>();
        for (Map.Entry<String, RuleConfig> entry : settings.rules().entrySet()) {
            RuleConfig config = entry.getValue();
            Rule rule = RuleSet.standard().find(entry.getKey()).orElseThrow();
            List<SettingView> parameters = rule.parameters().stream()
                    .map(spec -> setting(spec, config.parameters().get(spec.name())))
                    .toList();
            rules.add(new RuleView(rule.id(), rule.title(), config.enabled(), rule.mandatoryBecause().orElse(null),
                    config.text().strip(), config.source().strip(), parameters));
        }
        return new ProtocolView(document.id(), document.contentHash(), document.title(), document.summary().strip(),
                inForce, publishedBy, published, settingViews, rules);
    }

    /** How a draft differs from another version, in sentences; empty if only the id, title or summary differ. */
    static List<String> differences(ProtocolView from, ProtocolView to) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < to.settings().size(); i++) {
            SettingView before = from.settings().get(i);
            SettingView after = to.settings().get(i);
            if (!Objects.equals(before.code(), after.code())) {
                lines.add("Setting " + after.name() + ": " + before.value() + " \u2192 " + after.value());
            }
        }
        Map<String, RuleView> previous = from.rules().stream().collect(Collectors.toMap(RuleView::id, r -> r));
        for (RuleView rule : to.rules()) {
            RuleView before = previous.get(rule.id());
            if (before == null) {
                lines.add("Rule " + rule.id() + " is new");
                continue;
            }
            if (before.enabled() != rule.enabled()) {
                lines.add("Rule " + rule.id() + " is switched " + (rule.enabled() ? "on" : "off"));
            }
            for (int i = 0; i < rule.parameters().size() && i < before.parameters().size(); i++) {
                SettingView a = before.parameters().get(i);
                SettingView b = rule.parameters().get(i);
                if (!Objects.equals(a.code(), b.code())) {
                    lines.add("Rule " + rule.id() + ", " + b.name() + ": " + a.value() + " \u2192 " + b.value());
                }
            }
            if (!before.text().equals(rule.text())) {
                lines.add("Rule " + rule.id() + ": its published text is reworded");
            }
            if (!before.source().equals(rule.source())) {
                lines.add("Rule " + rule.id() + ": its source is changed");
            }
        }
        return lines;
    }

    private static SettingView setting(ParameterSpec spec, Object value) {
        return new SettingView(spec.name(), LABELS.getOrDefault(spec.name(), spec.description()), spec.description(),
                words(value), code(value));
    }

    private static String words(Object value) {
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof Enum<?> e) {
            return label(e);
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? "None" : values.stream().map(ProtocolViews::words).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }

    private static String code(Object value) {
        if (value instanceof Collection<?> values) {
            return "[" + values.stream().map(ProtocolViews::code).collect(Collectors.joining(", ")) + "]";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value).toLowerCase(Locale.ROOT);
    }

    private static String label(Enum<?> e) {
        try {
            Method label = e.getDeclaringClass().getMethod("label");
            return (String) label.invoke(e);
        } catch (ReflectiveOperationException ex) {
            return e.name();
        }
    }
}
