package uk.safeshare;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SafeShareApplication.class);

    @Test
    void modules_only_use_each_others_published_api_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void module_documentation_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
