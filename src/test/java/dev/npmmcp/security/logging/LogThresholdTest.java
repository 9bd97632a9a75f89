package dev.npmmcp.security.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LogThresholdTest {

    @Test
    void shouldDefaultToInfo() {
        LogThreshold.Configured configured = LogThreshold.configured(new Properties(), Map.of());

        assertThat(configured.threshold()).isEqualTo(LogThreshold.INFO);
        assertThat(configured.problem()).isEmpty();
    }

    @Test
    void shouldReadTheEnvironmentCaseInsensitively() {
        assertThat(LogThreshold.configured(new Properties(), Map.of("NPM_MCP_LOG_LEVEL", " debug ")).threshold())
                .isEqualTo(LogThreshold.DEBUG);
    }

    @Test
    void shouldLetTheSystemPropertyWinOverTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("npmmcp.log.level", "TRACE");

        assertThat(LogThreshold.configured(properties, Map.of("NPM_MCP_LOG_LEVEL", "ERROR")).threshold())
                .isEqualTo(LogThreshold.TRACE);
    }

    @Test
    void shouldFallBackToInfoAndComplainAboutAnUnknownLevel() {
        LogThreshold.Configured configured =
                LogThreshold.configured(new Properties(), Map.of("NPM_MCP_LOG_LEVEL", "verbose"));

        assertThat(configured.threshold()).isEqualTo(LogThreshold.INFO);
        assertThat(configured.problem()).hasValueSatisfying(p -> assertThat(p).contains("NPM_MCP_LOG_LEVEL", "verbose"));
    }
}
