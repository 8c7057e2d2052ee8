package vn.danvan.audit.internal;

import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.stereotype.Component;

/**
 * Started as the chain-check command ({@code --danvan.audit.verify} on the command line), the application opens
 * no HTTP port ({@code server.port=-1}): the check runs and the JVM exits without ever serving a request, and it
 * can run next to a running server. The web context itself is still built, because other modules' beans (sessions
 * in the database) need it. This runs before the web server is created, which is why it is a bean-factory
 * post-processor.
 */
@Component
class AuditChainCommandPort implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PROPERTY_SOURCE = "danvanAuditChainCommand";

    private Environment environment;

    AuditChainCommandPort() {
        this.environment = new StandardEnvironment();
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment instanceof ConfigurableEnvironment env && isChainCommand(env)) {
            env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("server.port", "-1")));
        }
    }

    /** Whether the command-line arguments ask for the chain check (the same test as {@link AuditChainCommand}). */
    static boolean isChainCommand(ConfigurableEnvironment env) {
        PropertySource<?> args =
                env.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        return args != null && args.containsProperty(AuditChainCommand.OPTION);
    }
}
