package uk.safeshare.firewall.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The choices one protocol version makes: the settings that apply across rules, and each rule's
 * configuration. Rules read what they need from here, so that forces that differ (for example on
 * whether the doubt-only prohibition covers all victims and witnesses) differ in a published file,
 * not in code.
 */
public final class ProtocolSettings {

    public static final String DOUBT_ONLY_PROHIBITION_COVERS = "doubtOnlyProhibitionCovers";
    public static final String IMMIGRATION_ENFORCEMENT_RECIPIENTS = "immigrationEnforcementRecipients";
    public static final String STATUTORY_PARTNERS = "statutoryPartners";
    public static final String RETENTION_DAYS = "retentionDays";
    public static final String EMERGENCY_OVERRIDES_PROHIBITIONS = "emergencyOverridesProhibitions";
    public static final String OBLIGATIONS_ON_EVERY_DISCLOSURE = "obligationsOnEveryDisclosure";

    /** Every setting a protocol file gives, in the order it is documented. */
    public static final List<ParameterSpec> SPECS = List.of(
            new ParameterSpec(DOUBT_ONLY_PROHIBITION_COVERS, ValueType.oneOf(DoubtOnlyScope.class),
                    "Who the prohibition on sharing with immigration enforcement on doubt or no knowledge of"
                            + " status covers."),
            new ParameterSpec(IMMIGRATION_ENFORCEMENT_RECIPIENTS, ValueType.setOf(Recipient.class),
                    "Recipients treated as immigration enforcement by every rule. Must include"
                            + " IMMIGRATION_ENFORCEMENT."),
            new ParameterSpec(STATUTORY_PARTNERS, ValueType.setOf(Recipient.class),
                    "Statutory partners that information may go to for safeguarding. Never immigration"
                            + " enforcement, and not MARAC, which has its own rule."),
            new ParameterSpec(RETENTION_DAYS, ValueType.integer(1, 36_500),
                    "Days after a disclosure when the record of it is reviewed for deletion."),
            new ParameterSpec(EMERGENCY_OVERRIDES_PROHIBITIONS, ValueType.bool(),
                    "Whether a threat to life permits sharing even where another rule prohibits it."),
            new ParameterSpec(OBLIGATIONS_ON_EVERY_DISCLOSURE, ValueType.setOf(Obligation.class),
                    "Obligations owed on every disclosure, whichever rule permits it. Must include"
                            + " RECORD_LAWFUL_BASIS and SHARE_ONLY_NAMED_CATEGORIES."));

    private final DoubtOnlyScope doubtOnlyProhibitionCovers;
    private final Set<Recipient> immigrationEnforcementRecipients;
    private final Set<Recipient> statutoryPartners;
    private final int retentionDays;
    private final boolean emergencyOverridesProhibitions;
    private final Set<Obligation> obligationsOnEveryDisclosure;
    private final Map<String, RuleConfig> rules;
    private final boolean allRulesEnabled;

    public ProtocolSettings(
            DoubtOnlyScope doubtOnlyProhibitionCovers,
            Set<Recipient> immigrationEnforcementRecipients,
            Set<Recipient> statutoryPartners,
            int retentionDays,
            boolean emergencyOverridesProhibitions,
            Set<Obligation> obligationsOnEveryDisclosure,
            Map<String, RuleConfig> rules) {
        this.doubtOnlyProhibitionCovers = Objects.requireNonNull(doubtOnlyProhibitionCovers);
        this.immigrationEnforcementRecipients = copy(immigrationEnforcementRecipients, Recipient.class);
        this.statutoryPartners = copy(statutoryPartners, Recipient.class);
        this.retentionDays = retentionDays;
        this.emergencyOverridesProhibitions = emergencyOverridesProhibitions;
        this.obligationsOnEveryDisclosure = copy(obligationsOnEveryDisclosure, Obligation.class);
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.allRulesEnabled = this.rules.values().stream().allMatch(RuleConfig::enabled);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return Collections.unmodifiableSet(copy);
    }

    public DoubtOnlyScope doubtOnlyProhibitionCovers() {
        return doubtOnlyProhibitionCovers;
    }

    public Set<Recipient> immigrationEnforcementRecipients() {
        return immigrationEnforcementRecipients;
    }

    /** Whether every rule treats this recipient as immigration enforcement. */
    public boolean isImmigrationEnforcement(Recipient recipient) {
        return immigrationEnforcementRecipients.contains(recipient);
    }

    public Set<Recipient> statutoryPartners() {
        return statutoryPartners;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public boolean emergencyOverridesProhibitions() {
        return emergencyOverridesProhibitions;
    }

    public Set<Obligation> obligationsOnEveryDisclosure() {
        return obligationsOnEveryDisclosure;
    }

    /** Each rule's configuration, by rule id, in the order the protocol file lists them. */
    public Map<String, RuleConfig> rules() {
        return rules;
    }

    public RuleConfig rule(String ruleId) {
        RuleConfig config = rules.get(ruleId);
        if (config == null) {
            throw new NoSuchElementException("this protocol does not configure rule " + ruleId);
        }
        return config;
    }

    public boolean isEnabled(String ruleId) {
        if (allRulesEnabled) {
            return rules.containsKey(ruleId);
        }
        RuleConfig config = rules.get(ruleId);
        return config != null && config.enabled();
    }

    /** The value of a setting by its name in the protocol file. */
    public Object setting(String name) {
        return switch (name) {
            case DOUBT_ONLY_PROHIBITION_COVERS -> doubtOnlyProhibitionCovers;
            case IMMIGRATION_ENFORCEMENT_RECIPIENTS -> immigrationEnforcementRecipients;
            case STATUTORY_PARTNERS -> statutoryPartners;
            case RETENTION_DAYS -> retentionDays;
            case EMERGENCY_OVERRIDES_PROHIBITIONS -> emergencyOverridesProhibitions;
            case OBLIGATIONS_ON_EVERY_DISCLOSURE -> obligationsOnEveryDisclosure;
            default -> throw new NoSuchElementException("no setting " + name);
        };
    }
}
