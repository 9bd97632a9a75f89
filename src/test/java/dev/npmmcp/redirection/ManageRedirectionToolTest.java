package dev.npmmcp.redirection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmConflictException;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * npm_manage_redirection against a simulated NPM holding the demo homelab (redirection #1: www.example.net -> 301
 * https://cloud.example.net; certificate #2 covers nas.home.lan).
 */
class ManageRedirectionToolTest {

    private final ManageRedirectionTool tool = new ManageRedirectionTool();
    private final ToolFixture npm = ToolFixture.demo();

    @AfterEach
    void stop() {
        npm.close();
    }

    private RedirectionHostApi api() {
        return new RedirectionHostApi(npm.client());
    }

    @Test
    void shouldCreateWithTheDocumentedDefaults() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("Blog.Example.net"),
                "forward_domain_name", "example.org/blog"));

        int id = result.get("redirect_id").asInt();
        assertThat(result.get("changed").asBoolean()).isTrue();
        assertThat(result.at("/redirection/nginx_online").asBoolean()).isTrue();
        assertThat(npm.bodies("createRedirectionHost")).singleElement().satisfies(body -> assertThat(body)
                .contains("\"domain_names\":[\"blog.example.net\"]", "\"forward_scheme\":\"auto\"",
                        "\"forward_http_code\":302", "\"forward_domain_name\":\"example.org/blog\"")
                .doesNotContain("certificate_id"));
        RedirectionHost stored = api().get(id, Set.of());
        assertThat(stored.forwardHttpCode()).isEqualTo(302);
        assertThat(stored.domainNames()).containsExactly("blog.example.net");
        assertThat(tool.render(npm.call(tool, Map.of("operation", "enable", "redirect_id", id))).orElseThrow())
                .contains("#" + id + " blog.example.net -> 302 example.org/blog (visitor's scheme; enabled, online)");
    }

    @Test
    void shouldRefuseATargetWithASchemeAndSayWhatToPass() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("a.example.net"),
                        "forward_domain_name", "https://example.org")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("forward_domain_name")
                .hasMessageContaining("'example.org'");
        assertThat(npm.sim().requestCount("createRedirectionHost")).isZero();
    }

    @Test
    void shouldNoteACertificateThatDoesNotCoverTheDomains() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("go.example.net"),
                "forward_domain_name", "example.org", "certificate_id", 2, "ssl_forced", true));

        assertThat(result.at("/redirection/certificate_id").asInt()).isEqualTo(2);
        assertThat(result.get("notes").toString()).contains("covers nas.home.lan but not go.example.net");
    }

    @Test
    void shouldRefuseACertificateThatDoesNotExist() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("go.example.net"),
                        "forward_domain_name", "example.org", "certificate_id", 99)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Certificate #99 does not exist");
        assertThat(npm.sim().requestCount("createRedirectionHost")).isZero();
    }

    @Test
    void shouldPassOnNpmsRefusalOfATakenDomain() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "domain_names",
                        List.of("www.example.net"), "forward_domain_name", "example.org")))
                .isInstanceOf(NpmConflictException.class)
                .hasMessageContaining("already in use");
        assertThat(api().list(Optional.empty(), Set.of())).hasSize(1);
    }

    @Test
    void shouldSendOnlyTheChangedFieldsOnUpdate() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "redirect_id", 1, "forward_http_code", 308,
                "preserve_path", true, "domain_names", List.of("WWW.example.net")));

        assertThat(result.get("message").asText()).contains("forward_http_code").doesNotContain("preserve_path");
        assertThat(npm.bodies("updateRedirectionHost")).containsExactly("{\"forward_http_code\":308}");
        assertThat(api().get(1, Set.of()).forwardHttpCode()).isEqualTo(308);
    }

    @Test
    void shouldNotWriteWhenTheUpdateChangesNothing() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "redirect_id", 1, "forward_scheme", "https"));

        assertThat(result.get("changed").asBoolean()).isFalse();
        assertThat(npm.sim().requestCount("updateRedirectionHost")).isZero();
    }

    @Test
    void shouldReportAConfigNginxRejects() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "redirect_id", 1,
                "advanced_config", "this is not valid nginx;"));

        assertThat(result.at("/redirection/nginx_online").asBoolean(true)).isFalse();
        assertThat(result.at("/redirection/nginx_err").asText()).contains("unknown directive");
        assertThat(result.at("/notes/0").asText()).startsWith("nginx rejected the host's config");
    }

    @Test
    void shouldTreatEnablingAnEnabledRedirectionAsDoneAndDisableOnce() {
        JsonNode enable = npm.callJson(tool, Map.of("operation", "enable", "redirect_id", 1));
        JsonNode disable = npm.callJson(tool, Map.of("operation", "disable", "redirect_id", 1));
        JsonNode again = npm.callJson(tool, Map.of("operation", "disable", "redirect_id", 1));

        assertThat(enable.get("changed").asBoolean()).isFalse();
        assertThat(disable.get("changed").asBoolean()).isTrue();
        assertThat(again.get("message").asText()).contains("already disabled");
        assertThat(npm.sim().requestCount("enableRedirectionHost")).isZero();
        assertThat(npm.sim().requestCount("disableRedirectionHost")).isEqualTo(1);
        assertThat(api().get(1, Set.of()).enabled()).isFalse();
    }

    @Test
    void shouldDeleteOnlyWithConfirmation() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "delete", "redirect_id", 1)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("confirmation");
        assertThat(npm.sim().requestCount("deleteRedirectionHost")).isZero();

        npm.callJson(tool, Map.of("operation", "delete", "redirect_id", 1, "confirm", true));

        assertThat(api().list(Optional.empty(), Set.of())).isEmpty();
    }

    @Test
    void shouldChangeNothingInReadOnlyMode() {
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "disable", "redirect_id", 1)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(npm.sim().requestCount("disableRedirectionHost")).isZero();
        assertThat(api().get(1, Set.of()).enabled()).isTrue();
    }

    @Test
    void shouldNameTheMissingParameter() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("a.example.net"))))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("forward_domain_name");
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "enable")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("redirect_id");
    }
}
