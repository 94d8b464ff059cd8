package se.planledger.ops.app;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code axonserver} profile as the connector reads it. Its default, event block-listing, keeps a group's token
 * at the last event the group handles: by hand against Axon Server SE 4.6.11, an audit replay started after writes
 * only some groups handle waited at "331 of 338" for ever. No Axon Server here: the settings are bound as the
 * connector's auto-configuration binds them.
 */
class AxonServerProfileTest {

    @Test
    void everyEventReachesEveryProcessorSoThatTokensReachTheHead() throws IOException {
        AxonServerConfiguration connector = connectorSettings();

        assertThat(connector.isEnabled()).isTrue();
        assertThat(connector.isEventBlockListingEnabled()).isFalse();
    }

    private static AxonServerConfiguration connectorSettings() throws IOException {
        List<PropertySource<?>> profile = new YamlPropertySourceLoader()
                .load("axonserver", new ClassPathResource("application-axonserver.yml"));
        StandardEnvironment environment = new StandardEnvironment();
        profile.forEach(environment.getPropertySources()::addFirst);
        return Binder.get(environment).bind("axon.axonserver", AxonServerConfiguration.class)
                .orElseThrow(() -> new AssertionError("no axon.axonserver settings"));
    }
}
