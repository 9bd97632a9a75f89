package dev.npmmcp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settings and report tools against the simulator's demo homelab. */
class SystemToolsTest {

    private final UpdateSystemSettingsTool update = new UpdateSystemSettingsTool();
    private ToolFixture fixture;

    @BeforeEach
    void start() {
        fixture = ToolFixture.demo();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldShowTheDefaultSiteSetting() {
        GetSystemSettingsTool.Result result = fixture.call(new GetSystemSettingsTool(), Map.of());

        assertThat(result.instance()).isEqualTo("home");
        assertThat(result.settings()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("default-site");
            assertThat(s.value().asText()).isEqualTo("congratulations");
        });
    }

    @Test
    void shouldChangeTheDefaultSiteAndReadItBack() {
        UpdateSystemSettingsTool.Result result = fixture.call(update, Map.of("value", "404"));

        assertThat(result.changed()).isTrue();
        assertThat(result.setting().value().asText()).isEqualTo("404");
        assertThat(fixture.exchange("updateSetting").requestBody()).contains("{\"value\":\"404\"}");
        assertThat(new SystemApi(fixture.client()).setting("default-site").value().asText()).isEqualTo("404");
    }

    @Test
    void shouldSendNothingWhenTheSettingAlreadyHasTheValue() {
        UpdateSystemSettingsTool.Result result = fixture.call(update, Map.of("setting_id", "default-site",
                "value", "congratulations"));

        assertThat(result.changed()).isFalse();
        assertThat(fixture.sim().requestCount("updateSetting")).isZero();
    }

    @Test
    void shouldRefuseARedirectWithoutItsUrlAndAcceptItWithOne() {
        assertThatThrownBy(() -> fixture.call(update, Map.of("value", "redirect")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("meta.redirect");
        assertThatThrownBy(() -> fixture.call(update, Map.of("value", "teapot")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("teapot");
        assertThat(fixture.sim().requestCount("updateSetting")).isZero();

        fixture.call(update, Map.of("value", "redirect", "meta", Map.of("redirect", "https://example.net")));

        Setting stored = new SystemApi(fixture.client()).setting("default-site");
        assertThat(stored.value().asText()).isEqualTo("redirect");
        assertThat(stored.meta()).containsEntry("redirect", "https://example.net");
    }

    @Test
    void shouldRefuseChangesInReadOnlyMode() {
        assertThatThrownBy(() -> fixture.callReadOnly(update, Map.of("value", "444")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(fixture.sim().requestCount("updateSetting")).isZero();
    }

    @Test
    void shouldReportAnUnknownSettingAsNpmDoes() {
        assertThatThrownBy(() -> fixture.call(update, Map.of("setting_id", "letsencrypt", "value", "x")))
                .isInstanceOf(NpmApiException.class)
                .hasMessageContaining("home");
    }

    @Test
    void shouldCountTheHostsOfEachKind() {
        GetHostReportsTool.Result result = fixture.call(new GetHostReportsTool(), Map.of());

        assertThat(result.proxyHosts()).isEqualTo(3);
        assertThat(result.redirectionHosts()).isEqualTo(1);
        assertThat(result.streams()).isEqualTo(1);
        assertThat(result.deadHosts()).isEqualTo(1);
        assertThat(result.total()).isEqualTo(6);
        assertThat(result.npmVersion()).isEqualTo("2.15.1");
        assertThat(fixture.sim().requestCount("reportsHosts")).isEqualTo(1);
    }
}
