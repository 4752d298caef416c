package uk.safeshare.firewall.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a protocol version from its YAML file and checks it completely before anything uses it:
 * every problem (unknown keys, unknown rules, missing or malformed values, a mandatory rule switched
 * off, settings that contradict the protocol) is collected and reported together in a
 * {@link ProtocolValidationException}, each message naming where in the file it is.
 *
 * <p>The file's layout:
 * <pre>
 * id: force-protocol-2026-1          # letters, digits, '.', '_' and '-'
 * title: Plain-English title
 * summary: |
 *   What this version is and how it differs from the last.
 * settings:
 *   doubtOnlyProhibitionCovers: DOMESTIC_ABUSE_VICTIMS
 *   ...                              # every setting in ProtocolSettings.SPECS
 * rules:
 *   domestic-abuse-victim-doubt-only:  # every rule of the rule set, enabled or not
 *     enabled: true
 *     text: The rule in plain English.
 *     source: The recommendation or guidance it comes from.
 *     parameters:                    # exactly the rule's parameters, if it has any
 *       reviewBy: SUPERVISOR
 * </pre>
 */
public final class ProtocolParser {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final List<String> TOP_LEVEL_KEYS = List.of("id", "title", "summary", "settings", "rules");
    private static final List<String> RULE_KEYS = List.of("enabled", "text", "source", "parameters");
    private static final int MAX_FILE_CHARACTERS = 1_000_000;

    private final RuleSet ruleSet;

    public ProtocolParser() {
        this(RuleSet.standard());
    }

    public ProtocolParser(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Reads a protocol from the UTF-8 bytes of its file. */
    public ProtocolDocument parse(byte[] utf8) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new ProtocolValidationException(List.of("The file is not valid UTF-8 text."));
        }
    }

    /** Reads a protocol file from the classpath, for example {@link ProtocolDocument#DEFAULT_RESOURCE}. */
    public ProtocolDocument parseResource(String resource) {
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(ProtocolParser.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no protocol file on the classpath at " + resource);
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a protocol from the text of its file. */
    public ProtocolDocument parse(String text) {
        String canonical = ProtocolDocument.canonicalise(text);
        if (canonical.length() > MAX_FILE_CHARACTERS) {
            throw new ProtocolValidationException(
                    List.of("The file is longer than " + MAX_FILE_CHARACTERS + " characters."));
        }
        Object root = load(canonical);
        List<String> problems = new ArrayList<>();
        if (!(root instanceof Map<?, ?> top)) {
            throw new ProtocolValidationException(List.of(
                    "The file must be a YAML mapping with the keys " + String.join(", ", TOP_LEVEL_KEYS) + "."));
        }
        ProtocolProblems.unknownKeys(top, TOP_LEVEL_KEYS, "", "key", problems);
        String id = ProtocolProblems.text(top, "id", "id", problems);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id: " + ValueType.show(id) + " must be 1 to 100 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit.");
        }
        String title = ProtocolProblems.text(top, "title", "title", problems);
        String summary = ProtocolProblems.text(top, "summary", "summary", problems);
        Map<String, Object> settings = settings(top.get("settings"), problems);
        Map<String, RuleConfig> rules = rules(top.get("rules"), problems);
        if (!problems.isEmpty()) {
            throw new ProtocolValidationException(problems);
        }
        @SuppressWarnings("unchecked")
        ProtocolSettings protocolSettings = new ProtocolSettings(
                (DoubtOnlyScope) settings.get(ProtocolSettings.DOUBT_ONLY_PROHIBITION_COVERS),
                (Set<Recipient>) settings.get(ProtocolSettings.IMMIGRATION_ENFORCEMENT_RECIPIENTS),
                (Set<Recipient>) settings.get(ProtocolSettings.STATUTORY_PARTNERS),
                (Integer) settings.get(ProtocolSettings.RETENTION_DAYS),
                (Boolean) settings.get(ProtocolSettings.EMERGENCY_OVERRIDES_PROHIBITIONS),
                (Set<Obligation>) settings.get(ProtocolSettings.OBLIGATIONS_ON_EVERY_DISCLOSURE),
                rules);
        return new ProtocolDocument(id, title, summary, protocolSettings, canonical,
                ProtocolDocument.contentHash(canonical));
    }

    private static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FILE_CHARACTERS + 1);
        try {
            return new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            String what = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new ProtocolValidationException(List.of("The file is not valid YAML" + where + ": " + what + "."));
        } catch (YAMLException e) {
            throw new ProtocolValidationException(List.of("The file is not valid YAML: " + e.getMessage()));
        } catch (NumberFormatException e) {
            // YAML 1.1 reads "._" as a number and SnakeYAML then fails to convert it (found by fuzzing).
            throw new ProtocolValidationException(List.of("The file is not valid YAML: a value looks like a number but is not one ("
                    + e.getMessage() + ")."));
        }
    }

    private Map<String, Object> settings(Object raw, List<String> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (raw == null) {
            problems.add("settings: missing; give every setting: " + ProtocolProblems.names(ProtocolSettings.SPECS) + ".");
            return values;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add("settings: must be a mapping of setting name to value.");
            return values;
        }
        List<String> known = ProtocolSettings.SPECS.stream().map(ParameterSpec::name).toList();
        ProtocolProblems.unknownKeys(map, known, "settings.", "setting", problems);
        values.putAll(convert(map, ProtocolSettings.SPECS, "settings.", problems));

        if (values.get(ProtocolSettings.IMMIGRATION_ENFORCEMENT_RECIPIENTS) instanceof Set<?> enforcement
                && !enforcement.contains(Recipient.IMMIGRATION_ENFORCEMENT)) {
            problems.add("settings." + ProtocolSettings.IMMIGRATION_ENFORCEMENT_RECIPIENTS
                    + ": must include IMMIGRATION_ENFORCEMENT.");
        }
        if (values.get(ProtocolSettings.STATUTORY_PARTNERS) instanceof Set<?> partners) {
            if (values.get(ProtocolSettings.IMMIGRATION_ENFORCEMENT_RECIPIENTS) instanceof Set<?> enforcement) {
                for (Object partner : partners) {
                    if (enforcement.contains(partner)) {
                        problems.add("settings." + ProtocolSettings.STATUTORY_PARTNERS + ": " + partner
                                + " is treated as immigration enforcement, and sharing with immigration enforcement"
                                + " is not safeguarding, so it cannot be a statutory partner.");
                    }
                }
            }
            if (partners.contains(Recipient.MARAC)) {
                problems.add("settings." + ProtocolSettings.STATUTORY_PARTNERS
                        + ": MARAC cannot be listed; sharing into a MARAC is governed by the marac-confidentiality rule.");
            }
        }
        if (values.get(ProtocolSettings.OBLIGATIONS_ON_EVERY_DISCLOSURE) instanceof Set<?> obligations) {
            for (Obligation required : List.of(Obligation.RECORD_LAWFUL_BASIS, Obligation.SHARE_ONLY_NAMED_CATEGORIES)) {
                if (!obligations.contains(required)) {
                    problems.add("settings." + ProtocolSettings.OBLIGATIONS_ON_EVERY_DISCLOSURE + ": must include "
                            + required.name() + ".");
                }
            }
        }
        return values;
    }

    private Map<String, RuleConfig> rules(Object raw, List<String> problems) {
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        List<String> known = ruleSet.all().stream().map(Rule::id).toList();
        if (raw == null) {
            problems.add("rules: missing; list every rule: " + String.join(", ", known) + ".");
            return configs;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add("rules: must be a mapping of rule id to the rule's configuration.");
            return configs;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String ruleId = String.valueOf(entry.getKey());
            Optional<Rule> rule = ruleSet.find(ruleId);
            if (rule.isEmpty()) {
                problems.add("rules." + ruleId + ": unknown rule" + ProtocolProblems.suggestion(ruleId, known)
                        + "; the rules are " + String.join(", ", known) + ".");
                continue;
            }
            RuleConfig config = rule(rule.get(), entry.getValue(), "rules." + ruleId + ".", problems);
            if (config != null) {
                configs.put(ruleId, config);
            }
        }
        for (String ruleId : known) {
            if (!map.containsKey(ruleId)) {
                problems.add("rules." + ruleId + ": missing; every rule must be listed, with enabled: false to"
                        + " switch it off.");
            }
        }
        return configs;
    }

    private RuleConfig rule(Rule rule, Object raw, String path, List<String> problems) {
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(path.substring(0, path.length() - 1)
                    + ": must be a mapping with the keys enabled, text, source and (if the rule has any) parameters.");
            return null;
        }
        int before = problems.size();
        ProtocolProblems.unknownKeys(map, RULE_KEYS, path, "key", problems);
        Boolean enabled = null;
        if (!map.containsKey("enabled")) {
            problems.add(path + "enabled: missing; give true or false.");
        } else {
            try {
                enabled = ValueType.bool().convert(map.get("enabled"));
            } catch (IllegalArgumentException e) {
                problems.add(path + "enabled: " + e.getMessage() + ".");
            }
        }
        if (Boolean.FALSE.equals(enabled) && rule.mandatoryBecause().isPresent()) {
            problems.add(path + "enabled: this rule cannot be switched off, because "
                    + rule.mandatoryBecause().get() + ".");
        }
        String text = ProtocolProblems.text(map, "text", path + "text", problems);
        String source = ProtocolProblems.text(map, "source", path + "source", problems);
        Object rawParameters = map.get("parameters");
        Map<String, Object> parameters = Map.of();
        if (rawParameters == null && !rule.parameters().isEmpty()) {
            problems.add(path + "parameters: missing; give " + ProtocolProblems.names(rule.parameters()) + ".");
        } else if (rawParameters != null && !(rawParameters instanceof Map<?, ?>)) {
            problems.add(path + "parameters: must be a mapping of parameter name to value.");
        } else if (rawParameters instanceof Map<?, ?> parameterMap) {
            List<String> knownParameters = rule.parameters().stream().map(ParameterSpec::name).toList();
            String kind = knownParameters.isEmpty() ? "parameter (this rule has none)" : "parameter";
            ProtocolProblems.unknownKeys(parameterMap, knownParameters, path + "parameters.", kind, problems);
            parameters = convert(parameterMap, rule.parameters(), path + "parameters.", problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleConfig(rule.id(), enabled, text, source, parameters);
    }

    private static Map<String, Object> convert(
            Map<?, ?> map, List<ParameterSpec> specs, String path, List<String> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            if (!map.containsKey(spec.name())) {
                problems.add(path + spec.name() + ": missing; give " + spec.type().describe() + " ("
                        + spec.description() + ")");
                continue;
            }
            try {
                values.put(spec.name(), spec.type().convert(map.get(spec.name())));
            } catch (IllegalArgumentException e) {
                problems.add(path + spec.name() + ": " + e.getMessage() + ".");
            }
        }
        return values;
    }
}
