package uk.safeshare.firewall.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The protocol engine is plain Java: it can be read, tested and replayed without Spring or any
 * other framework, and every rule is a small named class listed in {@link RuleSet}.
 */
@AnalyzeClasses(packages = "uk.safeshare.firewall.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class FirewallRulesArchitectureTest {

    private static final String PROTOCOL = "uk.safeshare.firewall.protocol..";

    @ArchTest
    static final ArchRule the_protocol_engine_does_not_use_spring = noClasses()
            .that().resideInAPackage(PROTOCOL)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the safeguarding protocol is plain Java, with no Spring");

    @ArchTest
    static final ArchRule the_protocol_engine_depends_only_on_java_yaml_and_the_case_vocabulary = classes()
            .that().resideInAPackage(PROTOCOL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    PROTOCOL, "java..", "org.yaml.snakeyaml..", "uk.safeshare.cases..")
            .because("the engine must not reach into storage, the web or any framework");

    @ArchTest
    static final ArchRule every_rule_is_a_small_named_final_class_among_the_rules = classes()
            .that().implement(Rule.class)
            .should().resideInAPackage("uk.safeshare.firewall.protocol.rules")
            .andShould().haveModifier(JavaModifier.FINAL)
            .andShould().haveSimpleNameNotContaining("$")
            .because("the rules are listed, one class each, in RuleSet");

    @Test
    void every_rule_class_is_listed_in_the_rule_set() {
        JavaClasses imported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.safeshare.firewall.protocol");
        Set<String> ruleClasses = imported.stream()
                .filter(javaClass -> javaClass.isAssignableTo(Rule.class) && !javaClass.isInterface())
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        List<String> listed = java.util.stream.Stream.concat(RuleSet.standard().all().stream(), java.util.stream.Stream.of(RuleSet.standard().restriction()))
                .map(rule -> rule.getClass().getName()).toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ruleClasses);
    }
}
