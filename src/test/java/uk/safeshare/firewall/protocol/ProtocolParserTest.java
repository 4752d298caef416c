package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.safeshare.firewall.protocol.rules.EvidenceOfImmigrationOffence;

class ProtocolParserTest {

    private final ProtocolParser parser = new ProtocolParser();

    ProtocolValidationException problemsIn(String text) {
        return catchThrowableOfType(ProtocolValidationException.class, () -> parser.parse(text));
    }

    @Test
    void the_default_protocol_parses_and_covers_domestic_abuse_victims() {
        ProtocolDocument protocol = parser.parseResource(ProtocolDocument.DEFAULT_RESOURCE);

        assertThat(protocol.id()).isEqualTo("safeshare-default-2026.1");
        assertThat(protocol.title()).isNotBlank();
        assertThat(protocol.summary()).contains("domestic abuse");
        assertThat(protocol.settings().doubtOnlyProhibitionCovers()).isEqualTo(DoubtOnlyScope.DOMESTIC_ABUSE_VICTIMS);
        assertThat(protocol.settings().immigrationEnforcementRecipients()).contains(Recipient.IMMIGRATION_ENFORCEMENT);
        assertThat(protocol.settings().rules().keySet())
                .containsExactlyInAnyOrderElementsOf(RuleSet.standard().all().stream().map(Rule::id).toList());
        assertThat(protocol.settings().rules().values()).allSatisfy(rule -> {
            assertThat(rule.enabled()).isTrue();
            assertThat(rule.text()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
        assertThat(protocol.settings().rule(EvidenceOfImmigrationOffence.ID).reviewer("reviewBy"))
                .isEqualTo(Reviewer.SUPERVISOR_AND_DPO);
    }

    @Test
    void the_example_protocol_parses_and_covers_all_victims_and_witnesses() {
        ProtocolDocument protocol = parser.parseResource(ProtocolDocument.ALL_VICTIMS_EXAMPLE_RESOURCE);

        assertThat(protocol.settings().doubtOnlyProhibitionCovers())
                .isEqualTo(DoubtOnlyScope.ALL_VICTIMS_AND_WITNESSES);
        assertThat(protocol.id()).isNotEqualTo(parser.parseResource(ProtocolDocument.DEFAULT_RESOURCE).id());
    }

    @Test
    void a_value_yaml_takes_for_a_number_but_cannot_read_is_refused_as_a_problem() {
        ProtocolValidationException e = problemsIn("._");

        assertThat(e.problems()).singleElement().asString()
                .startsWith("The file is not valid YAML: a value looks like a number but is not one");
    }

    @Test
    void an_unknown_rule_is_rejected_by_name() {
        ProtocolValidationException e = problemsIn(Protocols.defaultText()
                + "  share-everything:\n    enabled: true\n    text: Share it all.\n    source: Nobody.\n");

        assertThat(e.problems()).singleElement().asString()
                .startsWith("rules.share-everything: unknown rule")
                .contains("domestic-abuse-victim-doubt-only");
    }

    @Test
    void a_misspelt_rule_is_rejected_with_a_suggestion_and_the_real_rule_reported_missing() {
        ProtocolValidationException e = problemsIn(Protocols.defaultWith("  threat-to-life:", "  threat-to-lif:"));

        assertThat(e.problems()).containsExactly(
                e.problems().get(0),
                "rules.threat-to-life: missing; every rule must be listed, with enabled: false to switch it off.");
        assertThat(e.problems().get(0)).contains("rules.threat-to-lif: unknown rule (did you mean threat-to-life?)");
    }

    @Test
    void an_unknown_setting_is_rejected_by_name() {
        ProtocolValidationException e = problemsIn(Protocols.defaultWith(
                "  retentionDays: 2190", "  retentionDays: 2190\n  shareWithEveryone: true"));

        assertThat(e.problems()).singleElement().asString()
                .startsWith("settings.shareWithEveryone: unknown setting")
                .contains("doubtOnlyProhibitionCovers");
    }

    @Test
    void a_malformed_value_is_rejected_saying_what_is_allowed() {
        ProtocolValidationException e = problemsIn(Protocols.defaultWith(
                "doubtOnlyProhibitionCovers: DOMESTIC_ABUSE_VICTIMS", "doubtOnlyProhibitionCovers: EVERYONE"));

        assertThat(e.problems()).containsExactly("settings.doubtOnlyProhibitionCovers: 'EVERYONE' is not one of"
                + " DOMESTIC_ABUSE_VICTIMS, ALL_VICTIMS_AND_WITNESSES.");
    }

    @Test
    void every_problem_in_a_file_is_reported_together() {
        String text = Protocols.defaultText();
        text = Protocols.replaceOnce(text, "retentionDays: 2190", "retentionDays: forever");
        text = Protocols.replaceOnce(text, "emergencyOverridesProhibitions: true", "emergencyOverridesProhibitions: perhaps");
        text = Protocols.replaceOnce(text, "statutoryPartners: [LOCAL_AUTHORITY,",
                "statutoryPartners: [IMMIGRATION_ENFORCEMENT, MARAC, LOCAL_AUTHORITY,");
        text = Protocols.replaceOnce(text, "      reviewBy: SUPERVISOR_AND_DPO\n\n  immigration-status-check-only:",
                "      reviewBy: NOBODY\n      quickly: true\n\n  immigration-status-check-only:");
        text = Protocols.replaceOnce(text, "  domestic-abuse-victim-doubt-only:\n    enabled: true",
                "  domestic-abuse-victim-doubt-only:\n    enabled: false");
        text = Protocols.replaceOnce(text, "\nid: safeshare-default-2026.1", "\nid: \"default protocol!\"\nowner: DPO");
        text += "  made-up-rule: {enabled: true}\n";

        ProtocolValidationException e = problemsIn(text);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "owner: unknown key; expected id, title, summary, settings, rules.",
                "id: 'default protocol!' must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter"
                        + " or digit.",
                "settings.retentionDays: 'forever' is not a whole number from 1 to 36500.",
                "settings.emergencyOverridesProhibitions: 'perhaps' is not true or false.",
                "settings.statutoryPartners: IMMIGRATION_ENFORCEMENT is treated as immigration enforcement, and"
                        + " sharing with immigration enforcement is not safeguarding, so it cannot be a statutory partner.",
                "settings.statutoryPartners: MARAC cannot be listed; sharing into a MARAC is governed by the"
                        + " marac-confidentiality rule.",
                "rules.domestic-abuse-victim-doubt-only.enabled: this rule cannot be switched off, because it carries"
                        + " recommendation 1 of Safe to share?, which every force has adopted.",
                "rules.evidence-of-immigration-offence.parameters.quickly: unknown parameter; expected reviewBy.",
                "rules.evidence-of-immigration-offence.parameters.reviewBy: 'NOBODY' is not one of SUPERVISOR, DPO,"
                        + " SUPERVISOR_AND_DPO.",
                e.problems().stream().filter(p -> p.startsWith("rules.made-up-rule: unknown rule")).findFirst()
                        .orElse("rules.made-up-rule: unknown rule ..."));
        assertThat(e.getMessage()).startsWith("The protocol file cannot be used (10 problems):");
    }

    @Test
    void missing_settings_and_rule_keys_are_named() {
        String text = Protocols.defaultWith("  retentionDays: 2190\n", "");
        text = Protocols.replaceOnce(text, "    parameters:\n      reviewBy: DPO\n", "");

        ProtocolValidationException e = problemsIn(text);

        assertThat(e.problems()).containsExactlyInAnyOrder(
                "settings.retentionDays: missing; give a whole number from 1 to 36500 (Days after a disclosure when"
                        + " the record of it is reviewed for deletion.)",
                "rules.special-category-to-immigration-enforcement.parameters: missing; give reviewBy.");
    }

    @Test
    void a_file_that_is_not_yaml_is_rejected_with_the_line() {
        ProtocolValidationException e = problemsIn("id: x\nsettings: [unclosed\n");

        assertThat(e.problems()).singleElement().asString().startsWith("The file is not valid YAML at line");
    }

    @Test
    void a_duplicated_key_is_rejected() {
        ProtocolValidationException e = problemsIn(Protocols.defaultWith(
                "  retentionDays: 2190", "  retentionDays: 2190\n  retentionDays: 30"));

        assertThat(e.problems()).singleElement().asString().contains("duplicate key retentionDays");
    }

    @Test
    void a_file_that_is_not_a_mapping_or_not_utf8_is_rejected() {
        assertThat(problemsIn("- just\n- a list\n").problems()).singleElement().asString().contains("mapping");
        assertThatThrownBy(() -> parser.parse(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(ProtocolValidationException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void the_content_hash_is_stable_and_ignores_line_endings() {
        String text = Protocols.defaultText();

        String hash = parser.parse(text).contentHash();

        assertThat(hash).matches("sha256:[0-9a-f]{64}");
        assertThat(parser.parse(text).contentHash()).isEqualTo(hash);
        assertThat(parser.parse(text.replace("\n", "\r\n")).contentHash()).isEqualTo(hash);
        assertThat(parser.parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).contentHash()).isEqualTo(hash);
        assertThat(ProtocolDocument.contentHash("id: a\r\n"))
                .as("SHA-256 of the canonical UTF-8 bytes")
                .isEqualTo("sha256:32848b63caee2b356871054d84e60643683ed636c46ba010d11f04e367325f45");
    }

    @Test
    void the_content_hash_changes_when_the_content_changes() {
        String text = Protocols.defaultText();

        String hash = parser.parse(text).contentHash();

        assertThat(parser.parse(Protocols.defaultWith("retentionDays: 2190", "retentionDays: 2191")).contentHash())
                .isNotEqualTo(hash);
        assertThat(parser.parse(text + "# a comment the DPO added\n").contentHash()).isNotEqualTo(hash);
    }
}
