package vn.danvan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import vn.danvan.DanVanApplication;

/** Every module may audit, so the audit module itself depends on nothing but {@code shared}. */
class AuditModuleTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DanVanApplication.class);

    @Test
    void dependsOnNothingButShared() {
        ApplicationModule audit = MODULES.getModuleByName("audit").orElseThrow();

        assertThat(audit.getDirectDependencies(MODULES)
                        .uniqueModules()
                        .map(module -> module.getIdentifier().toString()))
                .containsOnly("shared");
        assertThat(audit.detectDependencies(MODULES).hasViolations()).isFalse();
    }

    @Test
    void exposesOnlyItsRootPackage() {
        ApplicationModule audit = MODULES.getModuleByName("audit").orElseThrow();

        assertThat(audit.isExposed(AuditTrail.class)).isTrue();
        assertThat(audit.getNamedInterfaces().stream().map(n -> n.getName())).containsExactly("<<UNNAMED>>");
    }
}
