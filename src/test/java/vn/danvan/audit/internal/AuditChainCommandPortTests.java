package vn.danvan.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

class AuditChainCommandPortTests {

    private static StandardEnvironment startedWith(String... args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return env;
    }

    private static StandardEnvironment afterPostProcessing(StandardEnvironment env) {
        AuditChainCommandPort port = new AuditChainCommandPort();
        port.setEnvironment(env);
        port.postProcessBeanFactory(new DefaultListableBeanFactory());
        return env;
    }

    @Test
    void theChainCommandOpensNoHttpPort() {
        StandardEnvironment env = afterPostProcessing(startedWith("--danvan.audit.verify", "--server.port=8080"));

        assertThat(env.getProperty("server.port")).isEqualTo("-1");
    }

    @Test
    void anOrdinaryStartKeepsItsPort() {
        StandardEnvironment env = afterPostProcessing(startedWith("--server.port=8080"));

        assertThat(env.getProperty("server.port")).isEqualTo("8080");
        assertThat(env.getPropertySources().contains(AuditChainCommandPort.PROPERTY_SOURCE))
                .isFalse();
    }

    @Test
    void onlyTheCommandLineAsksForTheCheck() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("config", Map.of("danvan.audit.verify", "true")));

        assertThat(AuditChainCommandPort.isChainCommand(env)).isFalse();
    }
}
