package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetupProxyPromptTest {

    private final SetupProxyPrompt prompt = new SetupProxyPrompt();

    private String render(Map<String, String> arguments, ToolAvailability availability) {
        return Rendering.text(prompt, arguments, availability);
    }

    private String render(Map<String, String> arguments) {
        return render(arguments, Availabilities.everything());
    }

    private static Map<String, String> basic(String... more) {
        Map<String, String> arguments = new HashMap<>(Map.of(
                "domain", "App.Example.net, www.app.example.net", "forward_host", "192.168.1.20",
                "forward_port", "8080"));
        for (int i = 0; i < more.length; i += 2) {
            arguments.put(more[i], more[i + 1]);
        }
        return arguments;
    }

    @Test
    void shouldListItsArgumentsUnderTheSeedNames() {
        assertThat(prompt.arguments()).extracting(PromptArgument::name).containsExactly(
                "domain", "forward_host", "forward_port", "forward_scheme", "ssl", "access_list", "instance_name");
        assertThat(prompt.arguments()).filteredOn(PromptArgument::required).extracting(PromptArgument::name)
                .containsExactly("domain", "forward_host", "forward_port");
    }

    @Test
    void shouldCreateTheHostWithTheGivenUpstreamAfterCheckingTheDomainsAreFree() {
        String text = render(basic());
        assertThat(Rendering.callsOf(text, "npm_get_proxy_host")).startsWith(
                "npm_get_proxy_host {\"domain_name\": \"app.example.net\"}",
                "npm_get_proxy_host {\"domain_name\": \"www.app.example.net\"}");
        assertThat(Rendering.callsOf(text, "npm_manage_proxy_host")).singleElement().asString().isEqualTo(
                "npm_manage_proxy_host {\"operation\": \"create\", \"domain_names\": [\"app.example.net\","
                        + " \"www.app.example.net\"], \"forward_scheme\": \"http\", \"forward_host\": \"192.168.1.20\","
                        + " \"forward_port\": 8080, \"ssl_certificate_id\": <certificate id>, \"force_ssl\": true,"
                        + " \"http2_support\": true, \"block_exploits\": true}");
        assertThat(text.indexOf("npm_get_proxy_host {\"domain_name\""))
                .as("the domain check comes before the create")
                .isLessThan(text.indexOf("npm_manage_proxy_host {"));
        assertThat(text).contains("wait for their yes");
    }

    @Test
    void shouldPassTheNamedInstanceInEveryCall() {
        String text = render(basic("instance_name", "home"));
        assertThat(Rendering.calls(text)).isNotEmpty().allSatisfy(call ->
                assertThat(call).endsWith("\"instance_name\": \"home\"}"));
        assertThat(Rendering.calls(render(basic()))).noneSatisfy(call -> assertThat(call).contains("instance_name"));
    }

    @Test
    void shouldValidateBeforeRequestingALetsEncryptCertificateAndRequestItBeforeTheHost() {
        String text = render(basic("ssl", "letsencrypt"));
        String validate = "npm_validate_certificate {\"provider\": \"letsencrypt\", \"domain_names\":"
                + " [\"app.example.net\", \"www.app.example.net\"]}";
        String request = "npm_manage_certificate {\"operation\": \"create\", \"provider\": \"letsencrypt\","
                + " \"domain_names\": [\"app.example.net\", \"www.app.example.net\"]}";
        assertThat(text).contains(validate, request, "rate limit");
        assertThat(text.indexOf(validate)).isLessThan(text.indexOf(request));
        assertThat(text.indexOf(request)).isLessThan(text.indexOf("npm_manage_proxy_host {"));
    }

    @Test
    void shouldAskForADnsChallengeForAWildcardDomain() {
        assertThat(render(basic("domain", "*.example.net", "ssl", "letsencrypt")))
                .contains("A wildcard domain needs a Let's Encrypt DNS challenge")
                .contains("plus dns_challenge true, dns_provider and dns_credentials");
    }

    @Test
    void shouldLeaveCertificatesOutOfAPlainHttpHost() {
        String text = render(basic("ssl", "none"));
        assertThat(text).contains("visitors of http://app.example.net", "crosses the network unencrypted");
        assertThat(Rendering.toolsNamed(text))
                .doesNotContain("npm_list_certificates", "npm_validate_certificate", "npm_manage_certificate");
        assertThat(Rendering.callsOf(text, "npm_manage_proxy_host")).singleElement().asString()
                .doesNotContain("ssl_certificate_id", "force_ssl", "http2_support");
    }

    @Test
    void shouldRequireAnExistingAccessListAndNeverCreateTheHostWithAMissingOne() {
        String text = render(basic("access_list", "Family"));
        assertThat(text).contains("npm_list_access_lists {}, the one named \"Family\"")
                .contains("If it is missing, stop and offer to create it first (the access_list_setup prompt)");
        assertThat(Rendering.callsOf(text, "npm_manage_proxy_host")).singleElement().asString()
                .contains("\"access_list_id\": <access list id>");
        assertThat(render(basic("access_list", "7"))).contains("the one named \"7\" or with id 7");
    }

    @Test
    void shouldWarnThatLocalhostIsNpmItself() {
        assertThat(render(basic("forward_host", "localhost")))
                .contains("## Check with the user first")
                .contains("forward_host \"localhost\" is resolved inside NPM's container, where it means NPM itself");
        assertThat(render(basic())).doesNotContain("## Check with the user first");
    }

    @Test
    void shouldQuestionASchemeThatDoesNotMatchThePort() {
        assertThat(render(basic("forward_port", "443"))).contains("Port 443 with forward_scheme http");
        assertThat(render(basic("forward_port", "80", "forward_scheme", "HTTPS")))
                .contains("Port 80 with forward_scheme https");
    }

    @Test
    void shouldStopAtThePlanOnAReadOnlyServer() {
        String text = render(basic("ssl", "letsencrypt"), Availabilities.readOnly());
        assertThat(text)
                .contains("This server runs read-only (--read-only) and refuses every change.")
                .contains("npm_manage_proxy_host (refused: the server is read-only)")
                .contains("Stop here: this server is read-only.");
        assertThat(Rendering.callsOf(text, "npm_manage_proxy_host")).isEmpty();
        assertThat(Rendering.callsOf(text, "npm_manage_certificate")).isEmpty();
        assertThat(Rendering.callsOf(text, "npm_validate_certificate")).hasSize(1);
    }

    @Test
    void shouldTellALazyServerWhichCategoriesToEnable() {
        assertThat(render(basic(), Availabilities.lazy())).contains("first call npm_enable_category for \"instance\","
                + " \"proxy_host\", \"certificate\", \"access_list\", \"redirection\"");
    }

    @Test
    void shouldRefuseArgumentsItCannotUse() {
        assertThatThrownBy(() -> render(basic("forward_port", "70000")))
                .isInstanceOf(PromptFailure.class)
                .hasMessage("Invalid arguments for prompt setup_proxy: forward_port must be between 1 and 65535,"
                        + " not 70000");
        assertThatThrownBy(() -> render(basic("forward_host", "http://10.0.0.5")))
                .hasMessageContaining("must not carry a scheme");
        assertThatThrownBy(() -> render(basic("domain", "https://app.example.net")))
                .hasMessageContaining("without scheme or path");
        assertThatThrownBy(() -> render(basic("ssl", "self-signed")))
                .hasMessage("Argument 'ssl' of prompt setup_proxy does not accept 'self-signed'.")
                .extracting(e -> ((PromptFailure) e).hint()).isEqualTo("Use one of: letsencrypt, existing, none.");
        assertThatThrownBy(() -> render(Map.of("domain", "app.example.net", "forward_port", "80")))
                .hasMessage("Prompt setup_proxy needs the argument 'forward_host'.");
    }
}
