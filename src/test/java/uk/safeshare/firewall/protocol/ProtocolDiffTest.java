package uk.safeshare.firewall.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What changed between protocol versions, in plain words, from the parsed rules rather than the text. */
class ProtocolDiffTest {

    final ProtocolParser parser = new ProtocolParser();
    final ProtocolDiff diff = new ProtocolDiff();
    final ProtocolDocument standard = parser.parseResource(ProtocolDocument.DEFAULT_RESOURCE);
    final ProtocolDocument allVictims = parser.parseResource(ProtocolDocument.ALL_VICTIMS_EXAMPLE_RESOURCE);

    static List<String> lines(List<ProtocolDiff.Change> changes) {
        return changes.stream().map(c -> c.about() + ": " + c.what()).toList();
    }

    @Test
    void extending_the_prohibition_to_all_victims_is_two_changes_and_the_changed_comments_and_title_say_nothing() {
        List<String> lines = lines(diff.between(standard, allVictims));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("doubt or no knowledge of status covers", "was domestic abuse victims, now all victims and witnesses.");
        assertThat(lines.get(1)).endsWith("Also covers witnesses: was no, now yes.");
    }

    @Test
    void a_rule_switched_off_reworded_or_a_list_changed_is_named() {
        String text = new String(readDefault(), java.nio.charset.StandardCharsets.UTF_8);
        String changed = text.replace("statutoryPartners: [LOCAL_AUTHORITY, FORCED_MARRIAGE_UNIT, OTHER_POLICE_FORCE]",
                        "statutoryPartners: [LOCAL_AUTHORITY, OTHER_POLICE_FORCE]")
                .replace("Anything that no rule of this protocol permits is referred to a reviewer.",
                        "Anything that no rule of this protocol permits goes to a reviewer.");
        List<String> lines = lines(diff.between(standard, parser.parse(changed)));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Statutory partners").endsWith("Removed forced marriage unit."));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Reworded. It now reads: Anything that no rule of this protocol permits goes to a reviewer."));
        assertThat(lines).hasSize(2);
    }

    @Test
    void the_first_version_lists_every_rule_in_force_as_new_and_the_same_version_twice_says_nothing_changed() {
        List<String> first = lines(diff.between(null, standard));
        assertThat(first.getFirst()).contains("first version published");
        assertThat(first).hasSize(1 + (int) standard.settings().rules().values().stream().filter(RuleConfig::enabled).count());
        assertThat(lines(diff.between(standard, standard))).containsExactly("The protocol: No rule or setting changed: only its title, summary or layout.");
    }

    private static byte[] readDefault() {
        try (var in = ProtocolDiffTest.class.getClassLoader().getResourceAsStream(ProtocolDocument.DEFAULT_RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
