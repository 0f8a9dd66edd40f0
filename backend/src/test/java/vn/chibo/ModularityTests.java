package vn.chibo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ChiboApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApis() {
        modules.verify();
    }

    @Test
    void theApplicationIsMadeOfTheModulesTheBriefNames() {
        assertThat(modules.stream().map(m -> m.getBasePackage().getName().substring("vn.chibo.".length())))
                .containsExactlyInAnyOrder("organisation", "identity", "meeting", "room", "attendance", "voting",
                        "minutes", "conferencing", "reporting", "audit", "shared");
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
