package vn.danvan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure is the architecture: dependencies point one way and internals stay internal. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DanVanApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // Module canvases are left out: they read Javadoc metadata that this build does not generate.
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
